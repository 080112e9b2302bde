package ${package};

import ${package}.model.Post;
import ${package}.model.Post_;
import ${package}.model.QuarryClient;
import ${package}.model.User;
import ${package}.model.User_;
import java.util.List;

/** Users and their posts, over the generated client. */
public final class BlogService {

  private final QuarryClient client;

  /** A service over the client (a container can inject it: generated types take the Database). */
  public BlogService(QuarryClient client) {
    this.client = client;
  }

  /** Signs a user up, or returns the one already signed up with that email. */
  public User signUp(String email, String name) {
    return client.users().upsert(User_.email(email), new User(null, email, name, null), update -> { });
  }

  /** Writes a post and, in the same transaction, publishes it. */
  public Post publish(User author, String title, String content) {
    return client.transaction(tx -> {
      Post draft = tx.posts().create(new Post(null, title, content, null, null, null, author.id()));
      return tx.posts().update(Post_.id(draft.id()), update -> update.set(Post_.PUBLISHED, true));
    });
  }

  /** Published posts, newest first, each with its author (two statements, however many posts). */
  public List<Post> feed() {
    return client.posts().findMany(query -> query
        .where(Post_.PUBLISHED.isTrue())
        .orderBy(Post_.CREATED_AT.desc(), Post_.ID.desc())
        .include(Post_.AUTHOR.include())
        .take(20));
  }
}
