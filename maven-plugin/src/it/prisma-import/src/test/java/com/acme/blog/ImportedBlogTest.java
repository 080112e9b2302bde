package com.acme.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.blog.model.Post;
import com.acme.blog.model.Post_;
import com.acme.blog.model.Profile;
import com.acme.blog.model.QuarryClient;
import com.acme.blog.model.Role;
import com.acme.blog.model.Tag;
import com.acme.blog.model.Tag_;
import com.acme.blog.model.User;
import com.acme.blog.model.User_;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imported records over the database Prisma Migrate made, with the rows it already holds. */
class ImportedBlogTest {

  static EmbeddedPostgres server;
  static DatabaseUrl url;
  static Database database;
  static QuarryClient client;

  @BeforeAll
  static void theDatabasePrismaMade() throws Exception {
    server = EmbeddedPostgres.startTemporary();
    url = server.url("postgres");
    execute(url, resource("/prisma-migration.sql"));
    // Prisma's own history stays where it is; Quarry keeps its own.
    execute(url, "create table _prisma_migrations (id varchar(36) primary key, migration_name varchar(255) not null)");
    execute(url, "insert into \"User\" (email, name) values ('ada@example.com', 'Ada')");
    database = Database.builder().url(url).build();
    client = new QuarryClient(database);
  }

  @AfterAll
  static void stop() {
    database.close();
    server.close();
  }

  @Test
  void aBaselineRecordsTheDatabaseAsItIsAndLeavesNoDrift(@TempDir Path migrations) throws IOException {
    Schema compiled = SchemaSnapshots.fromClasspath(ImportedBlogTest.class.getClassLoader());
    String baseline = migrator(migrations).baseline(compiled, "baseline").name();

    // The next command, as a user runs it: the folder now holds the baseline.
    Migrator migrator = migrator(migrations);
    assertTrue(Files.readString(migrations.resolve(baseline).resolve("migration.sql")).contains("create table \"Post\""));
    Migrator.Status status = migrator.status(true);
    assertEquals(List.of(baseline), status.applied());
    assertEquals(List.of(), status.drift(), "the database is exactly what the imported records create");
    assertTrue(status.upToDate());
    MigrationException again = assertThrows(MigrationException.class, () -> migrator.baseline(compiled, "again"));
    assertTrue(again.getMessage().startsWith("The migrations folder already has migrations"), again.getMessage());
  }

  @Test
  void theClientReadsAndWritesThePrismaTables() {
    User ada = client.users().findUniqueOrThrow(User_.email("ada@example.com"));
    assertEquals(Role.USER, ada.role(), "the row Prisma's database held, with its default");
    assertNotNull(ada.createdAt());

    client.profiles().create(new Profile(null, "Writes compilers.", null, ada.id()));
    Tag java = client.tags().create(new Tag(null, "java", null));
    assertEquals(25, java.id().length(), "a cuid, made by the client as Prisma's is");
    Post post = client.posts().create(new Post(null, "Records", null, null, ada.id(), List.of(new Tag(null, "sql", null)), null),
        c -> c.connect(Post_.TAGS, Tag_.id(java.id())));
    assertEquals(false, post.published());
    assertNotNull(post.updatedAt(), "@updatedAt is set by the client, as Prisma's is");

    User read = client.users().findUniqueOrThrow(User_.id(ada.id()),
        q -> q.include(User_.PROFILE.include(), User_.POSTS.include(p -> p.include(Post_.TAGS.include(t -> t.orderBy(Tag_.NAME.asc()))))));
    assertEquals("Writes compilers.", read.profile().bio());
    assertEquals(List.of("java", "sql"), read.posts().get(0).tags().stream().map(Tag::name).toList());
    assertEquals(1, client.posts().count(Post_.TAGS.some(Tag_.NAME.eq("sql"))));

    ForeignKeyException refused = assertThrows(ForeignKeyException.class, () -> client.users().delete(User_.id(ada.id())));
    assertEquals("Post", refused.model(), "Prisma's RESTRICT holds");
    client.posts().delete(Post_.id(post.id()));
    client.users().delete(User_.id(ada.id()));
    assertEquals(0, client.profiles().count(), "Prisma's CASCADE holds");
  }

  private static Migrator migrator(Path migrations) {
    return new Migrator(Migrator.Settings.of(database.dataSource(), url, MigrationsFolder.read(migrations)));
  }

  private static void execute(DatabaseUrl url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ImportedBlogTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
