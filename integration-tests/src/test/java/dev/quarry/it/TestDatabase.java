package dev.quarry.it;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL for the whole test run (the server {@code DATABASE_URL} names, or an embedded one
 * started once), and a fresh database on it per test class, created from the test models'
 * snapshot.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static DatabaseUrl admin;

  private TestDatabase() {}

  private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static synchronized DatabaseUrl admin() {
    if (admin == null) {
      admin = DatabaseUrl.fromEnvironment().map(url -> {
        // A shared server keeps no trace of the run.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(url)));
        return url;
      }).orElseGet(() -> {
        EmbeddedPostgres server = EmbeddedPostgres.startTemporary();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server.url("postgres");
      });
    }
    return admin;
  }

  private static void dropCreated(DatabaseUrl server) {
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      for (String name : CREATED) {
        statement.execute("drop database if exists " + name + " with (force)");
      }
    } catch (SQLException e) {
      System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
    }
  }

  /** A new database with no tables at all. */
  public static Database empty() {
    DatabaseUrl url = create();
    return Database.builder().url(url).poolSize(2).build();
  }

  /** The address of a new, empty database on the test server. */
  public static DatabaseUrl create() {
    DatabaseUrl server = admin();
    String name = "quarry_it_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name);
      statement.execute("create database " + name);
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database on " + server, e);
    }
    String jdbc = server.jdbcUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    return new DatabaseUrl(jdbc, server.user(), server.password());
  }

  /** A plain (unpooled) data source for {@code url}, as a tool such as Migrate gets one. */
  public static javax.sql.DataSource dataSource(DatabaseUrl url) {
    org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
    source.setURL(url.jdbcUrl());
    if (url.user() != null) {
      source.setUser(url.user());
    }
    if (url.password() != null) {
      source.setPassword(url.password());
    }
    return source;
  }

  /** The server's administrative address (its default database). */
  public static DatabaseUrl server() {
    return admin();
  }

  /** A new, empty database with the test models' tables. */
  static Database fresh() {
    return fresh(false);
  }

  /** A new, empty database with the test models' tables, logging parameter values when asked. */
  static Database fresh(boolean logParameters) {
    DatabaseUrl url = create();
    Database database = Database.builder().url(url).poolSize(4).logParameters(logParameters).build();
    Schema schema = SchemaSnapshots.fromClasspath(TestDatabase.class.getClassLoader());
    for (String ddl : SchemaDdl.create(schema)) {
      database.executeRaw(ddl);
    }
    return database;
  }
}
