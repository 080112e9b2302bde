package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The history table: which migrations ran, when, with which checksum and how many steps, and how
 * a failed one ended (its logs, and when it was marked rolled back).
 */
public final class History {

  /** The table's name. */
  public static final String TABLE = "_quarry_migrations";

  /**
   * One row of the history.
   *
   * @param id the row's id
   * @param name the migration's folder name
   * @param checksum the SHA-256 of its file when it ran
   * @param startedAt when it started
   * @param finishedAt when it finished, or {@code null} when it failed or runs
   * @param rolledBackAt when a failure was marked rolled back, or {@code null}
   * @param logs the error of a failed run, or {@code null}
   * @param appliedSteps how many statements ran
   */
  public record Entry(String id, String name, String checksum, Instant startedAt, Instant finishedAt, Instant rolledBackAt,
      String logs, int appliedSteps) {

    /** Whether it failed and nobody has resolved it. */
    public boolean failed() {
      return finishedAt == null && rolledBackAt == null;
    }

    /** Whether it counts as applied. */
    public boolean applied() {
      return finishedAt != null && rolledBackAt == null;
    }
  }

  private History() {}

  /** Creates the table when it does not exist. */
  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table if not exists " + TABLE + " ("
          + "id varchar(36) primary key, "
          + "checksum varchar(64) not null, "
          + "finished_at timestamptz, "
          + "migration_name varchar(255) not null, "
          + "logs text, "
          + "rolled_back_at timestamptz, "
          + "started_at timestamptz not null default now(), "
          + "applied_steps_count integer not null default 0)");
    }
  }

  /** Every row, oldest first; empty when the table does not exist. */
  static List<Entry> read(Connection connection) throws SQLException {
    try (Statement probe = connection.createStatement();
        ResultSet exists = probe.executeQuery("select to_regclass('" + TABLE + "') is not null")) {
      exists.next();
      if (!exists.getBoolean(1)) {
        return List.of();
      }
    }
    List<Entry> entries = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select id, migration_name, checksum, started_at, finished_at, rolled_back_at, logs, "
            + "applied_steps_count from " + TABLE + " order by started_at, migration_name")) {
      while (rs.next()) {
        entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), instant(rs, 6),
            rs.getString(7), rs.getInt(8)));
      }
    }
    return entries;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Records that a migration starts; returns the row's id. */
  static String start(Connection connection, Migration migration) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement statement = connection.prepareStatement(
        "insert into " + TABLE + " (id, checksum, migration_name, started_at) values (?, ?, ?, clock_timestamp())")) {
      statement.setString(1, id);
      statement.setString(2, migration.checksum());
      statement.setString(3, migration.name());
      statement.executeUpdate();
    }
    return id;
  }

  /** Records that a migration finished after {@code steps} statements. */
  static void finish(Connection connection, String id, int steps) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "update " + TABLE + " set finished_at = clock_timestamp(), applied_steps_count = ? where id = ?")) {
      statement.setInt(1, steps);
      statement.setString(2, id);
      statement.executeUpdate();
    }
  }

  /** Records that the first {@code steps} statements of a migration run outside a transaction are applied. */
  static void progress(Connection connection, String id, int steps) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("update " + TABLE + " set applied_steps_count = ? where id = ?")) {
      statement.setInt(1, steps);
      statement.setString(2, id);
      statement.executeUpdate();
    }
  }

  /** Records why a migration failed. */
  static void fail(Connection connection, String id, String logs) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("update " + TABLE + " set logs = ? where id = ?")) {
      statement.setString(1, logs);
      statement.setString(2, id);
      statement.executeUpdate();
    }
  }

  /** Marks the failed runs of a migration rolled back. */
  static int markRolledBack(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("update " + TABLE
        + " set rolled_back_at = clock_timestamp() where migration_name = ? and finished_at is null and rolled_back_at is null")) {
      statement.setString(1, name);
      return statement.executeUpdate();
    }
  }

  /** Marks a migration applied without running it (its failed runs, if any, rolled back). */
  static void markApplied(Connection connection, Migration migration) throws SQLException {
    markRolledBack(connection, migration.name());
    String id = start(connection, migration);
    finish(connection, id, 0);
  }
}
