package dev.quarry.migrate;

import dev.quarry.runtime.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A temporary database on the same server, where the whole history is replayed to see what it
 * produces. Created and dropped by Quarry, even when something fails; or, when the role may not
 * create databases, a database the user names. A named one is emptied before and after each use,
 * so Quarry takes it only when it is provably not the database being migrated and holds nothing
 * but what Quarry itself left there.
 */
final class ShadowDatabase implements AutoCloseable {

  /** The comment Quarry puts on a named shadow's {@code public} schema once it owns its contents. */
  static final String MARK = "Quarry shadow database: emptied before and after every migrate command";

  private final DatabaseUrl server;
  private final DatabaseUrl url;
  private final String created;

  private ShadowDatabase(DatabaseUrl server, DatabaseUrl url, String created) {
    this.server = server;
    this.url = url;
    this.created = created;
  }

  /**
   * A fresh shadow: a new database next to {@code targetUrl}, or {@code given} emptied, after
   * proving it is another database than {@code target} and holds nothing Quarry did not put there.
   */
  static ShadowDatabase open(DataSource target, DatabaseUrl targetUrl, DatabaseUrl given, Frontend frontend) {
    if (given != null) {
      claim(target, given, frontend);
      return new ShadowDatabase(null, given, null);
    }
    String name = "quarry_shadow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = connect(targetUrl); Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState())) {
        throw new MigrationException(MigrationException.Reason.SHADOW, "The database role may not create databases, and migrate "
            + "needs a temporary shadow database to replay the migrations. Grant it CREATEDB, or create an empty database "
            + "and name it with " + frontend.option("--shadow-database-url URL") + " (or SHADOW_DATABASE_URL).", e);
      }
      throw new MigrationException(MigrationException.Reason.SHADOW, "Could not create the shadow database: " + e.getMessage(), e);
    }
    String jdbc = targetUrl.jdbcUrl().replaceFirst("(//[^/]*/)[^?]*", "$1" + name);
    return new ShadowDatabase(targetUrl, new DatabaseUrl(jdbc, targetUrl.user(), targetUrl.password()), name);
  }

  DatabaseUrl url() {
    return url;
  }

  static Connection connect(DatabaseUrl url) throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }

  /**
   * Takes a database the user named as the shadow: refuses the database being migrated (however
   * its address is spelt) and one holding objects Quarry did not leave there; then empties it.
   */
  private static void claim(DataSource target, DatabaseUrl given, Frontend frontend) {
    try (Connection shadow = connect(given)) {
      String shadowIdentity = identity(shadow);
      String targetIdentity;
      try (Connection connection = target.getConnection()) {
        targetIdentity = identity(connection);
      }
      if (shadowIdentity.equals(targetIdentity)) {
        throw new MigrationException(MigrationException.Reason.SHADOW, "The shadow database URL names the database being "
            + "migrated (" + shadow.getCatalog() + " on the same server). Migrate empties its shadow database before and "
            + "after every use, so it must be another, empty database: create one (for example `createdb "
            + shadow.getCatalog() + "_shadow`) and name it with " + frontend.option("--shadow-database-url URL")
            + " (or SHADOW_DATABASE_URL), or leave "
            + "both unset and Quarry creates and drops a temporary one. Nothing was changed.");
      }
      List<String> contents = contents(shadow);
      if (!contents.isEmpty() && !marked(shadow)) {
        throw new MigrationException(MigrationException.Reason.SHADOW, "The shadow database " + shadow.getCatalog()
            + " is not empty (it holds " + String.join(", ", contents) + "). Migrate empties its shadow database, so it "
            + "takes only an empty one or one it emptied before. Name an empty database with "
            + frontend.option("--shadow-database-url URL") + " (or SHADOW_DATABASE_URL). Nothing was changed.");
      }
      wipe(shadow);
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.SHADOW, "Could not use the shadow database " + given + ": "
          + e.getMessage(), e);
    }
  }

  /** What proves two connections reach the same database: the cluster's system identifier and the database's name. */
  private static String identity(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select system_identifier, current_database() from pg_control_system()")) {
      rs.next();
      return rs.getLong(1) + "/" + rs.getString(2);
    }
  }

  /** Up to five of the objects a database holds outside PostgreSQL's own schemas, as "kind name" (indexes go with their tables). */
  private static List<String> contents(Connection connection) throws SQLException {
    String sql = """
        select kind || ' ' || name from (
          select 'schema' as kind, nspname as name from pg_namespace
          where nspname <> 'public' and nspname <> 'information_schema' and nspname not like 'pg\\_%'
          union all
          select case c.relkind when 'r' then 'table' when 'v' then 'view' when 'm' then 'view' when 'S' then 'sequence'
                 when 'p' then 'table' when 'f' then 'foreign table' else 'relation' end, c.relname
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind not in ('i', 'I', 'c', 't')
          union all
          select 'type', t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = 'public' and t.typtype in ('e', 'd', 'r', 'm')
          union all
          select 'function', p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
        ) objects order by kind, name limit 5""";
    List<String> objects = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        objects.add(rs.getString(1));
      }
    }
    return objects;
  }

  /** Whether Quarry emptied this database as a shadow before (its mark on the {@code public} schema). */
  private static boolean marked(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select obj_description('public'::regnamespace, 'pg_namespace')")) {
      return rs.next() && MARK.equals(rs.getString(1));
    }
  }

  private static void wipe(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
      statement.execute("comment on schema public is '" + MARK + "'");
    }
  }

  @Override
  public void close() {
    if (created == null) {
      try (Connection connection = connect(url)) {
        wipe(connection);
      } catch (SQLException e) {
        throw new MigrationException(MigrationException.Reason.SHADOW, "Could not empty the shadow database " + url + ": "
            + e.getMessage(), e);
      }
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
