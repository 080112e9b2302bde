package dev.quarry.testing;

import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.runtime.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL for a whole test run — the server {@code DATABASE_URL} names, or an embedded one
 * started once — and a new, empty database on it whenever a test asks. The databases made on a
 * shared server are dropped when the run ends; an embedded server goes away whole.
 */
public final class TestServer {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> CREATED = new CopyOnWriteArrayList<>();
  private static DatabaseUrl admin;

  private TestServer() {}

  /** The server's administrative address (its default database). */
  public static synchronized DatabaseUrl admin() {
    if (admin == null) {
      admin = DatabaseUrl.fromEnvironment().map(url -> {
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

  /** The address of a new, empty database named {@code <prefix>_<pid>_<n>}. */
  public static DatabaseUrl createDatabase(String prefix) {
    DatabaseUrl server = admin();
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name);
      statement.execute("create database " + name);
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database on " + server, e);
    }
    return withDatabase(server, name);
  }

  /** {@code url} with its database replaced by {@code database}, query parameters kept. */
  public static DatabaseUrl withDatabase(DatabaseUrl url, String database) {
    return new DatabaseUrl(url.jdbcUrl().replaceFirst("(//[^/]*/)[^?]*", "$1" + database), url.user(), url.password());
  }

  /** A plain (unpooled) data source for {@code url}, as a tool such as Migrate gets one. */
  public static DataSource dataSource(DatabaseUrl url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url.jdbcUrl());
    if (url.user() != null) {
      source.setUser(url.user());
    }
    if (url.password() != null) {
      source.setPassword(url.password());
    }
    return source;
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
}
