package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${package}.model.Post;
import ${package}.model.QuarryClient;
import ${package}.model.User;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service against a real PostgreSQL, migrated with the project's own migrations. */
class BlogServiceTest {

  static EmbeddedPostgres server;
  static Database database;
  static BlogService blog;

  @BeforeAll
  static void startDatabase() {
    server = EmbeddedPostgres.startTemporary();
    database = Database.builder().url(server.url("postgres")).build();
    Migrator.deploy(database.dataSource());
    blog = new BlogService(new QuarryClient(database));
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
    server.close();
  }

  @Test
  void aPublishedPostIsInTheFeedWithItsAuthor() {
    User grace = blog.signUp("grace@example.com", "Grace Hopper");
    blog.publish(grace, "Compilers", "A program that writes programs.");

    Post first = blog.feed().get(0);

    assertEquals("Compilers", first.title());
    assertEquals("Grace Hopper", first.author().name());
    assertEquals(grace.id(), blog.signUp("grace@example.com", "Someone else").id(), "signing up twice finds the same user");
  }
}
