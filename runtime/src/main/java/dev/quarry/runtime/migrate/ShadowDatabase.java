package dev.quarry.runtime.migrate;

import dev.quarry.runtime.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A temporary database on the same server, where the whole history is replayed to see what it
 * produces. Created and dropped by Quarry, even when something fails; or, when the role may not
 * create databases, an empty database the user names (its schema is wiped before and after).
 */
final class ShadowDatabase implements AutoCloseable {

  private final DatabaseUrl server;
  private final DatabaseUrl url;
  private final String created;

  private ShadowDatabase(DatabaseUrl server, DatabaseUrl url, String created) {
    this.server = server;
    this.url = url;
    this.created = created;
  }

  /** A fresh shadow: a new database next to {@code target}, or {@code given} wiped clean. */
  static ShadowDatabase open(DatabaseUrl target, DatabaseUrl given) {
    if (given != null) {
      wipe(given);
      return new ShadowDatabase(null, given, null);
    }
    String name = "quarry_shadow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState())) {
        throw new MigrationException(MigrationException.Reason.SHADOW, "The database role may not create databases, and migrate "
            + "needs a temporary shadow database to replay the migrations. Grant it CREATEDB, or create an empty database "
            + "and name it with --shadow-database-url (or SHADOW_DATABASE_URL).", e);
      }
      throw new MigrationException(MigrationException.Reason.SHADOW, "Could not create the shadow database: " + e.getMessage(), e);
    }
    String jdbc = target.jdbcUrl().replaceFirst("(//[^/]*/)[^?]*", "$1" + name);
    return new ShadowDatabase(target, new DatabaseUrl(jdbc, target.user(), target.password()), name);
  }

  DatabaseUrl url() {
    return url;
  }

  static Connection connect(DatabaseUrl url) throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }

  private static void wipe(DatabaseUrl url) {
    try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.SHADOW, "Could not reset the shadow database " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (created == null) {
      wipe(url);
      return;
    }
    try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + created + " with (force)");
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.SHADOW, "Could not drop the shadow database " + created
          + "; drop it by hand: " + e.getMessage(), e);
    }
  }
}
