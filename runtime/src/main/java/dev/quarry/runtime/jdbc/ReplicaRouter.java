package dev.quarry.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Sends reads to streaming replicas, round robin, and keeps a caller reading its own writes.
 *
 * <p>After a write the primary's WAL position ({@code pg_current_wal_insert_lsn()}, which is past
 * the commit record even under {@code synchronous_commit = off}) is kept for the thread; a replica serves that thread's next read only once it has replayed that far
 * ({@code pg_last_wal_replay_lsn()}), waited for at most {@code catchUpWait}, else the read goes to
 * the primary. A replica that cannot be reached, or whose replay lags more than {@code maxLag}, is
 * skipped and probed again a second later. Whenever no replica will do, the caller reads from the
 * primary: reads never fail for a replica's sake.
 */
public final class ReplicaRouter {

  /** A router with no replicas: every read goes to the primary. */
  public static final ReplicaRouter NONE = new ReplicaRouter(List.of(), Duration.ZERO, Duration.ZERO);

  private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final String LAG = "select pg_last_wal_replay_lsn()::text, case when pg_last_wal_receive_lsn() = "
      + "pg_last_wal_replay_lsn() then 0 else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end";

  private final List<Replica> replicas;
  private final long maxLagMillis;
  private final long catchUpNanos;
  private final AtomicInteger next = new AtomicInteger();
  private final ThreadLocal<long[]> written = ThreadLocal.withInitial(() -> new long[1]);
  private final ThreadLocal<int[]> onPrimary = ThreadLocal.withInitial(() -> new int[1]);

  /** One replica's pool and what is known of it. */
  private static final class Replica {
    final DataSource source;
    volatile long replayed;
    // System.nanoTime() values, compared by difference: due for a probe, not skipped.
    volatile long probedAt = System.nanoTime() - RECHECK_NANOS;
    volatile long skippedUntil = System.nanoTime();

    Replica(DataSource source) {
      this.source = source;
    }
  }

  /**
   * A router over these replicas' pools, skipping one whose replay lags more than {@code maxLag}
   * and waiting at most {@code catchUpWait} for one to replay a caller's last write.
   */
  public ReplicaRouter(List<DataSource> replicas, Duration maxLag, Duration catchUpWait) {
    this.replicas = replicas.stream().map(Replica::new).toList();
    this.maxLagMillis = maxLag.toMillis();
    this.catchUpNanos = catchUpWait.toNanos();
  }

  /** Whether there are replicas to read from. */
  public boolean enabled() {
    return !replicas.isEmpty();
  }

  /** Whether the current thread asked for the primary ({@link #onPrimary}). */
  boolean primaryForced() {
    return onPrimary.get()[0] > 0;
  }

  /** Runs {@code work} with every read of this thread on the primary. */
  public <T> T onPrimary(java.util.function.Supplier<T> work) {
    int[] depth = onPrimary.get();
    depth[0]++;
    try {
      return work.get();
    } finally {
      depth[0]--;
    }
  }

  /** Remembers where the primary's WAL stood after a write on {@code connection}, for this thread's next reads. */
  void wrote(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select pg_current_wal_insert_lsn()::text")) {
      rs.next();
      long position = lsn(rs.getString(1));
      long[] last = written.get();
      last[0] = Math.max(last[0], position);
    }
  }

  /** This thread's last write position, or 0. */
  public long writePosition() {
    return written.get()[0];
  }

  /** Runs {@code work} with this thread's reads waiting for {@code position} too, as if it had written there. */
  public <T> T readingAfter(long position, java.util.function.Supplier<T> work) {
    long[] last = written.get();
    long before = last[0];
    long asked = Math.max(before, position);
    last[0] = asked;
    try {
      return work.get();
    } finally {
      if (last[0] == asked) {
        // The block wrote nothing: the borrowed position goes with it.
        last[0] = before;
      }
    }
  }

  /**
   * Runs {@code work} on a replica that is reachable, not lagging and has replayed this thread's
   * last write; empty when none will do (the caller reads from the primary). A connection lost on
   * the replica, or a read the replica cancelled because of replay, also gives empty.
   */
  <T> Optional<T> read(Executor.ConnectionWork<T> work) throws SQLException {
    long needed = written.get()[0];
    int start = Math.floorMod(next.getAndIncrement(), replicas.size());
    for (int i = 0; i < replicas.size(); i++) {
      Replica replica = replicas.get((start + i) % replicas.size());
      long now = System.nanoTime();
      if (now - replica.skippedUntil < 0) {
        continue;
      }
      try (Connection connection = replica.source.getConnection()) {
        if (!usable(replica, connection, needed, now)) {
          continue;
        }
        return Optional.of(work.run(connection));
      } catch (SQLException e) {
        if (!fallBack(e)) {
          throw e;
        }
        replica.skippedUntil = System.nanoTime() + RECHECK_NANOS;
      }
    }
    return Optional.empty();
  }

  /** Probes lag at most once a second, then waits (briefly) for the replica to replay {@code needed}. */
  private boolean usable(Replica replica, Connection connection, long needed, long now) throws SQLException {
    if (now - replica.probedAt >= RECHECK_NANOS) {
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(LAG)) {
        rs.next();
        replica.replayed = Math.max(replica.replayed, lsn(rs.getString(1)));
        replica.probedAt = now;
        if (rs.getDouble(2) * 1000 > maxLagMillis) {
          replica.skippedUntil = now + RECHECK_NANOS;
          return false;
        }
      }
    }
    if (needed <= replica.replayed) {
      return true;
    }
    long deadline = now + catchUpNanos;
    try (PreparedStatement replayed = connection.prepareStatement("select pg_last_wal_replay_lsn()::text")) {
      for (long pause = 1; ; pause = Math.min(pause * 2, 20)) {
        try (ResultSet rs = replayed.executeQuery()) {
          rs.next();
          replica.replayed = Math.max(replica.replayed, lsn(rs.getString(1)));
        }
        if (needed <= replica.replayed) {
          return true;
        }
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) - deadline > 0) {
          return false;
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
  }

  /** Whether a replica's failure should send the read to the primary: the replica is gone, or replay cancelled the read. */
  private static boolean fallBack(SQLException e) {
    if (ConnectionErrors.lost(e) != null || e instanceof java.sql.SQLTransientConnectionException) {
      return true;
    }
    String state = e.getSQLState();
    // 40001 with "conflict with recovery": the replica cancelled the read to go on replaying.
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")
        || (state.equals("40001") && String.valueOf(e.getMessage()).contains("recovery")));
  }

  /** A {@code pg_lsn} as a number that orders as the log does: {@code 16/B374D848} is 0x16B374D848. */
  static long lsn(String text) {
    if (text == null) {
      return 0;
    }
    int slash = text.indexOf('/');
    return (Long.parseUnsignedLong(text.substring(0, slash), 16) << 32) | Long.parseUnsignedLong(text.substring(slash + 1), 16);
  }
}
