package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostRepository;
import dev.quarry.it.model.Post_;
import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserRepository;
import dev.quarry.runtime.Database;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Services receive generated repositories by constructor injection, from a container or by hand. */
class InjectionTest {

  /** A service as an application would write it. */
  static final class Blog {
    private final UserRepository users;
    private final PostRepository posts;

    @Inject
    Blog(UserRepository users, PostRepository posts) {
      this.users = users;
      this.posts = posts;
    }

    Post firstPost(String email, String title) {
      User author = users.create(User.of(email, null));
      return posts.create(Post.of(title, author.id()));
    }

    List<Post> postsTitled(String title) {
      return posts.findMany(Post_.TITLE.eq(title));
    }
  }

  static Database db;

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @Test
  void aJakartaInjectContainerBuildsRepositoriesAndTheClient() {
    Injector injector = Guice.createInjector(binder -> binder.bind(Database.class).toInstance(db));

    Blog blog = injector.getInstance(Blog.class);
    blog.firstPost("guice@example.com", "wired by Guice");

    assertEquals(1, blog.postsTitled("wired by Guice").size());
    QuarryClient client = injector.getInstance(QuarryClient.class);
    assertSame(db, client.database());
    assertEquals(1, client.posts().count(Post_.TITLE.eq("wired by Guice")));
  }

  @Test
  void repositoriesAreAlsoPlainObjects() {
    Blog blog = new Blog(new UserRepository(db), new PostRepository(db));

    blog.firstPost("plain@example.com", "wired by hand");

    assertEquals(1, blog.postsTitled("wired by hand").size());
  }
}
