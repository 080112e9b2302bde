package ${package};

import ${package}.model.Post;
import ${package}.model.QuarryClient;
import ${package}.model.User;
import dev.quarry.runtime.Database;

/**
 * Signs a user up, publishes a post and prints the feed. The database is {@code DATABASE_URL};
 * without one (in development), the embedded PostgreSQL in {@code .quarry/postgres}.
 */
public final class App {

  private App() {}

  /** Runs the app: {@code mvn compile exec:java}, after {@code mvn compile quarry:migrate-dev}. */
  public static void main(String[] args) {
    try (Database database = Database.fromEnvironment()) {
      BlogService blog = new BlogService(new QuarryClient(database));
      User ada = blog.signUp("ada@example.com", "Ada Lovelace");
      blog.publish(ada, "Hello, Quarry", "Written from a record, read back through a typed query.");
      System.out.println("Feed:");
      for (Post post : blog.feed()) {
        System.out.println("  " + post.title() + " by " + post.author().name());
      }
    }
  }
}
