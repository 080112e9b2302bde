package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's session advisory lock, so that two deploys never apply the same migration: the
 * second waits (up to a time-out), then fails naming the session that holds the lock.
 */
final class AdvisoryLock implements AutoCloseable {

  /** The lock's key: "quarry" in ASCII, so other tools' keys are unlikely to collide. */
  static final long KEY = 0x717561727279L;

  private final Connection connection;

  private AdvisoryLock(Connection connection) {
    this.connection = connection;
  }

  /** Takes the lock on {@code connection}, waiting at most {@code timeout}. */
  static AdvisoryLock acquire(Connection connection, Duration timeout, Frontend frontend) throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
        statement.setLong(1, KEY);
        try (ResultSet rs = statement.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            return new AdvisoryLock(connection);
          }
        }
      }
      if (System.nanoTime() > deadline) {
        throw new MigrationException(MigrationException.Reason.LOCKED, "Another migration holds the lock (" + holderOrEnded(connection)
            + ") and did not release it within " + timeout.toSeconds() + " s. Wait for it, or wait longer with "
            + frontend.option("--lock-wait SECONDS") + ".");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationException(MigrationException.Reason.LOCKED, "Interrupted while waiting for the migration lock");
      }
    }
  }

  /** Who holds the lock ("pid N, application A, ..."), or {@code null} when nobody does. */
  static String holder(Connection connection) throws SQLException {
    String holder = holderOrEnded(connection);
    return holder.equals(ENDED) ? null : holder;
  }

  private static final String ENDED = "a session that has since ended";

  private static String holderOrEnded(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select a.pid, coalesce(nullif(a.application_name, ''), 'unnamed'), a.client_addr, a.backend_start "
            + "from pg_locks l join pg_stat_activity a on a.pid = l.pid "
            + "where l.locktype = 'advisory' and l.granted and ((l.classid::bigint << 32) | l.objid::bigint) = ?")) {
      statement.setLong(1, KEY);
      try (ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          return "pid " + rs.getInt(1) + ", application " + rs.getString(2)
              + (rs.getString(3) == null ? "" : ", from " + rs.getString(3)) + ", connected since " + rs.getObject(4);
        }
      }
    }
    return ENDED;
  }

  @Override
  public void close() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }
}
