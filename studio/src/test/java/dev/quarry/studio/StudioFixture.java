package dev.quarry.studio;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One PostgreSQL for the test run ({@code DATABASE_URL}, or an embedded one), a fresh database
 * with the blog's tables and rows for each test class, and Studio over it.
 */
final class StudioFixture implements AutoCloseable {

  private static DatabaseUrl server;
  private static int databases;

  final Schema schema;
  final DatabaseUrl url;
  final Database database;
  final Studio studio;

  StudioFixture() {
    try (InputStream in = StudioFixture.class.getResourceAsStream("/blog-schema.json")) {
      schema = SchemaJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    url = create();
    database = Database.builder().url(url).poolSize(4).build();
    SchemaDdl.create(schema).forEach(database::executeRaw);
    seed();
    studio = Studio.start(database, schema, 0);
  }

  private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static synchronized DatabaseUrl create() {
    if (server == null) {
      server = DatabaseUrl.fromEnvironment().map(url -> {
        // A shared server keeps no trace of the run.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(url)));
        return url;
      }).orElseGet(() -> {
        EmbeddedPostgres embedded = EmbeddedPostgres.startTemporary();
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        return embedded.url("postgres");
      });
    }
    String name = "quarry_studio_" + ProcessHandle.current().pid() + "_" + (++databases);
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password())) {
      connection.createStatement().execute("drop database if exists " + name);
      connection.createStatement().execute("create database " + name);
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new DatabaseUrl(server.jdbcUrl().replaceFirst("(//[^/]*/)[^?]*", "$1" + name), server.user(), server.password());
  }

  private static void dropCreated(DatabaseUrl url) {
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
      for (String name : CREATED) {
        connection.createStatement().execute("drop database if exists " + name + " with (force)");
      }
    } catch (SQLException e) {
      System.err.println("Could not drop the Studio test databases " + CREATED + ": " + e.getMessage());
    }
  }

  private void seed() {
    database.executeRaw("insert into users (email, name) values ('ada@example.com', 'Ada'), ('bob@example.com', null), ('cy@example.com', 'Cy')");
    database.executeRaw("insert into posts (title, content, published, author_id) values ('First', 'Hello', true, 1), ('Second', null, false, 1), ('Third', 'x', true, 2)");
    database.executeRaw("insert into todos (title, user_id) values ('Write', 1), ('Read', 2)");
  }

  long count(String sql, Object... parameters) {
    return database.queryRaw(sql, rs -> rs.getLong(1), parameters).get(0);
  }

  @Override
  public void close() {
    studio.close();
    database.close();
  }
}
