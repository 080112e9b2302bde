package dev.quarry.migrate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which migrations are running right now. The connection that applies a migration names itself
 * after it ({@code application_name}), so a status, a resolve or the next deploy can see a
 * migration whose statement still runs on the server, even after the process that started it died.
 */
final class RunningMigrations {

  /** The start of the {@code application_name} of a connection applying a migration. */
  static final String PREFIX = "quarry migrate ";

  private RunningMigrations() {}

  /** The {@code application_name} for applying migration {@code migration} (PostgreSQL keeps 63 bytes of it). */
  static String applicationName(String migration) {
    String name = PREFIX + migration;
    while (name.getBytes(StandardCharsets.UTF_8).length > 63) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** Migration (or the start of its name) → "pid N, since T" for each backend of this database busy applying one. */
  static Map<String, String> onServer(Connection connection) throws SQLException {
    Map<String, String> running = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "select substr(application_name, ?), pid, query_start from pg_stat_activity where datname = current_database() "
            + "and pid <> pg_backend_pid() and application_name like ? and state not in ('idle', 'idle in transaction (aborted)')")) {
      statement.setInt(1, PREFIX.length() + 1);
      statement.setString(2, PREFIX + "%");
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          running.put(rs.getString(1), "pid " + rs.getInt(2) + ", its statement running since " + rs.getObject(3));
        }
      }
    }
    return running;
  }

  /** How {@code name} runs on the server, or {@code null} when no backend runs it. */
  static String find(Map<String, String> running, String name) {
    return running.get(applicationName(name).substring(PREFIX.length()));
  }
}
