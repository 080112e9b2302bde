package dev.quarry.sample;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.runtime.query.Group;
import dev.quarry.sample.model.Post;
import dev.quarry.sample.model.Todo;
import dev.quarry.sample.model.User;
import java.io.PrintStream;
import java.util.List;

/**
 * The blog and its todos, end to end: starts on the embedded PostgreSQL when no
 * {@code DATABASE_URL} is set, applies the migrations, seeds data and shows each concept at work.
 */
public final class SampleApp {

  private final PrintStream out;

  SampleApp(PrintStream out) {
    this.out = out;
  }

  /** Runs the sample. */
  public static void main(String[] args) {
    try (Database database = Database.fromEnvironment()) {
      new SampleApp(System.out).run(database);
    }
  }

  void run(Database database) {
    List<String> applied = Migrator.deploy(database.dataSource());
    out.println("Migrations applied: " + (applied.isEmpty() ? "none pending" : String.join(", ", applied)));
    database.executeRaw("truncate users, posts, todos restart identity cascade");

    Injector injector = Guice.createInjector(binder -> binder.bind(Database.class).toInstance(database));
    BlogService blog = injector.getInstance(BlogService.class);
    TodoService todos = injector.getInstance(TodoService.class);

    User ada = blog.signUp("ada@example.com", "Ada");
    User bob = blog.signUp("bob@example.com", null);
    blog.write(ada, "Notes on the Analytical Engine", "The engine weaves algebraic patterns.", true);
    blog.write(ada, "A draft", null, false);
    blog.write(bob, "Engines, again", "A reply.", true);
    out.println("Users: " + ada.email() + " (id " + ada.id() + "), " + bob.email() + " (name " + bob.name() + ")");

    out.println("Published posts about engines, with authors:");
    for (Post post : blog.search("engine")) {
      out.println("  #" + post.id() + " " + post.title() + " by " + post.author().email());
    }

    out.println("Authors with their posts (one query per relation level):");
    for (User user : blog.authorsWithPosts()) {
      out.println("  " + user.email() + ": " + user.posts().stream().map(Post::title).toList());
    }

    out.println("Posts per author:");
    for (Group<Post> group : blog.postsPerAuthor()) {
      out.println("  author " + group.get(dev.quarry.sample.model.Post_.AUTHOR_ID) + ": " + group.count());
    }

    Todo write = todos.add(ada, "Write the next note");
    todos.add(ada, "Reply to Bob");
    todos.complete(write);
    out.println("Ada's open todos: " + todos.open(ada).stream().map(Todo::title).toList());

    try {
      todos.deleteUser(ada);
      out.println("Deleted Ada (unexpected: she has todos)");
    } catch (ForeignKeyException refused) {
      out.println("Deleting Ada was refused: " + refused.getMessage());
    }
  }
}
