package dev.quarry.sample;

import dev.quarry.runtime.query.Aggregation;
import dev.quarry.runtime.query.Group;
import dev.quarry.sample.model.Post;
import dev.quarry.sample.model.PostRepository;
import dev.quarry.sample.model.Post_;
import dev.quarry.sample.model.QuarryClient;
import dev.quarry.sample.model.User;
import dev.quarry.sample.model.UserRepository;
import dev.quarry.sample.model.User_;
import jakarta.inject.Inject;
import java.util.List;

/** Users and their posts. Receives the generated repositories by constructor injection. */
public final class BlogService {

  private final QuarryClient client;
  private final UserRepository users;
  private final PostRepository posts;

  /** Built by the container (or by hand) from the generated repositories. */
  @Inject
  public BlogService(QuarryClient client, UserRepository users, PostRepository posts) {
    this.client = client;
    this.users = users;
    this.posts = posts;
  }

  /** Signs a user up, or returns the one with that email. */
  public User signUp(String email, String name) {
    return users.upsert(User_.email(email), new User(null, email, name, null, null), u -> { });
  }

  /** Writes a post and, in the same transaction, publishes it when asked. */
  public Post write(User author, String title, String content, boolean publish) {
    return client.transaction(tx -> {
      Post draft = tx.posts().create(new Post(null, title, content, null, null, author.id()));
      return publish ? tx.posts().update(Post_.id(draft.id()), u -> u.set(Post_.PUBLISHED, true)) : draft;
    });
  }

  /** Published posts whose title contains {@code text}, newest first, with their authors. */
  public List<Post> search(String text) {
    return posts.findMany(q -> q
        .where(Post_.PUBLISHED.isTrue().and(Post_.TITLE.containsIgnoreCase(text)))
        .orderBy(Post_.ID.desc())
        .include(Post_.AUTHOR.include()));
  }

  /** Every user with their posts, loaded in two statements. */
  public List<User> authorsWithPosts() {
    return users.findMany(q -> q.orderBy(User_.EMAIL.asc()).include(User_.POSTS.include(p -> p.orderBy(Post_.ID.asc()))));
  }

  /** How many posts each author wrote, most prolific first. */
  public List<Group<Post>> postsPerAuthor() {
    return posts.groupBy(List.of(Post_.AUTHOR_ID), g -> g.count().orderByDescending(Aggregation.count()));
  }
}
