package dev.quarry.migrate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies one migration on one connection and records it in the history: in a transaction (all
 * or nothing), or, for a {@code -- quarry:no-transaction} file, statement by statement with the
 * count of applied statements kept after each, so a failure says which statement failed and what
 * stays applied. The connection is named after the migration while it runs.
 */
final class MigrationRun {

  private static final Pattern CREATED_INDEX = Pattern.compile(
      "create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(\"(?:[^\"]|\"\")+\"|[\\w$]+)",
      Pattern.CASE_INSENSITIVE);

  private MigrationRun() {}

  /** Applies {@code migration}; a failure is recorded, rolled back when it can be, and thrown as a {@link MigrationException}. */
  static void apply(Connection connection, Migration migration, Duration lockTimeout, Frontend frontend) throws SQLException {
    String id = History.start(connection, migration);
    try (Statement statement = connection.createStatement()) {
      statement.execute("set application_name = '" + RunningMigrations.applicationName(migration.name()).replace("'", "''") + "'");
      if (MigrationScript.transactional(migration.script())) {
        inTransaction(connection, statement, id, migration, lockTimeout);
      } else {
        oneByOne(connection, statement, id, migration, lockTimeout, frontend);
      }
    } finally {
      // The connection goes back to a pool: it keeps none of the migration's settings. A broken
      // one cannot be reset, and the pool drops it; the migration's own outcome is what counts.
      try (Statement statement = connection.createStatement()) {
        statement.execute("reset application_name");
        statement.execute("reset lock_timeout");
      } catch (SQLException e) {
        System.getLogger("dev.quarry.migrate").log(System.Logger.Level.DEBUG, "Could not reset a migration's connection: " + e.getMessage());
      }
    }
  }

  private static void inTransaction(Connection connection, Statement statement, String id, Migration migration,
      Duration lockTimeout) throws SQLException {
    try {
      String rest = addEnumValues(connection, migration.script());
      connection.setAutoCommit(false);
      statement.execute("set local lock_timeout = '" + lockTimeout.toMillis() + "ms'");
      if (!rest.isBlank()) {
        statement.execute(rest);
      }
      History.finish(connection, id, MigrationScript.statementCount(migration.script()));
      connection.commit();
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      connection.setAutoCommit(true);
      History.fail(connection, id, e.getMessage());
      throw new MigrationException(MigrationException.Reason.FAILED, "Migration " + migration.name()
          + " failed and was rolled back: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void oneByOne(Connection connection, Statement statement, String id, Migration migration, Duration lockTimeout,
      Frontend frontend) throws SQLException {
    List<String> statements = SqlSplitter.split(migration.script());
    statement.execute("set lock_timeout = '" + lockTimeout.toMillis() + "ms'");
    for (int i = 0; i < statements.size(); i++) {
      try {
        statement.execute(statements.get(i));
      } catch (SQLException e) {
        String failed = "Statement " + (i + 1) + " of " + statements.size() + " failed: " + shorten(statements.get(i)) + ": "
            + e.getMessage() + ". The migration runs outside a transaction: "
            + (i == 0 ? "nothing of it was applied." : "statement" + (i == 1 ? " 1 stays" : "s 1 to " + i + " stay") + " applied.");
        History.fail(connection, id, failed);
        List<String> invalid = invalidIndexes(connection, statements);
        throw new MigrationException(MigrationException.Reason.FAILED, "Migration " + migration.name() + " failed. " + failed
            + (invalid.isEmpty() ? "" : " It left the invalid index" + (invalid.size() > 1 ? "es " : " ") + String.join(", ", invalid)
                + ", which `" + frontend.command("migrate resolve", "--rolled-back " + migration.name()) + "` drops.")
            + " Undo or keep what was applied (statements written with `if not exists` can run again), then resolve it.", e);
      }
      History.progress(connection, id, i + 1);
    }
    History.finish(connection, id, statements.size());
  }

  /** The indexes the statements create that exist but are INVALID (a failed {@code create index concurrently} leaves one). */
  static List<String> invalidIndexes(Connection connection, List<String> statements) throws SQLException {
    List<String> names = new ArrayList<>();
    for (String sql : statements) {
      Matcher matcher = CREATED_INDEX.matcher(sql);
      while (matcher.find()) {
        String name = matcher.group(1);
        names.add(name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name.toLowerCase(Locale.ROOT));
      }
    }
    List<String> invalid = new ArrayList<>();
    if (names.isEmpty()) {
      return invalid;
    }
    try (PreparedStatement query = connection.prepareStatement("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid "
        + "where not i.indisvalid and c.relname = any(?) and pg_table_is_visible(c.oid) order by c.relname")) {
      Array array = connection.createArrayOf("text", names.toArray());
      query.setArray(1, array);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          invalid.add(rs.getString(1));
        }
      }
    }
    return invalid;
  }

  private static String shorten(String sql) {
    String line = sql.replaceAll("\\s+", " ");
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }

  /**
   * Runs the {@code add value} statements a script starts with, each committed on its own (a
   * transaction may not use an enum value it added), and returns the rest of the script.
   */
  static String addEnumValues(Connection connection, String script) throws SQLException {
    String[] parts = MigrationScript.enumValuesFirst(script);
    if (parts[0].isEmpty()) {
      return script;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      for (String line : parts[0].split("\n")) {
        statement.execute(line);
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return parts[1];
  }
}
