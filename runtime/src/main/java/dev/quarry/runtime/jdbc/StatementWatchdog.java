package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.error.QueryTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.postgresql.PGConnection;

/**
 * Time limits Quarry keeps itself, by cancelling the running statement (PostgreSQL's cancel
 * request, as JDBC's {@code Statement.cancel} sends): a limit on each statement of a block
 * ({@code Database.withTimeout}), and one on a whole transaction ({@code withTimeLimit}), which
 * also counts the time the transaction's body spends outside the database. No session setting
 * is touched, so both work through PgBouncer and on replicas.
 */
final class StatementWatchdog {

  private static final String SQLSTATE_CANCELED = "57014";

  /** One daemon thread for every database: it only sends cancel requests. */
  private static final class Timer {
    static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "quarry-time-limits");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** A limit in force on a thread. */
  private record Limit(Duration limit, long deadline, String source) {
    long remaining() {
      return deadline - System.nanoTime();
    }
  }

  private final ThreadLocal<Duration> perStatement = new ThreadLocal<>();
  private final ThreadLocal<Limit> transaction = new ThreadLocal<>();

  /** Runs {@code work} with each statement this thread runs in it limited to {@code limit}. */
  <T> T perStatement(Duration limit, Supplier<T> work) {
    Duration outer = perStatement.get();
    perStatement.set(outer != null && outer.compareTo(limit) < 0 ? outer : limit);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        perStatement.remove();
      } else {
        perStatement.set(outer);
      }
    }
  }

  /** Starts the time limit of this thread's outermost transaction. */
  void startTransaction(Duration limit) {
    transaction.set(new Limit(limit, System.nanoTime() + limit.toNanos(), "TransactionOptions.withTimeLimit"));
  }

  /** Ends it. */
  void endTransaction() {
    transaction.remove();
  }

  /** Refuses to go on (another statement, the commit) once the transaction's limit has passed. */
  void checkTransaction() {
    Limit limit = transaction.get();
    if (limit != null && limit.remaining() <= 0) {
      throw new QueryTimeoutException("The transaction ran past its time limit of " + duration(limit.limit()) + " (" + limit.source()
          + ") and was rolled back.", SQLSTATE_CANCELED, null, limit.limit());
    }
  }

  /**
   * Runs {@code work} on {@code connection} under the nearer of the limits in force, cancelling
   * its statement when that passes; a statement cancelled so is a {@link QueryTimeoutException}
   * naming the limit.
   */
  <T> T guard(Connection connection, Executor.ConnectionWork<T> work) throws SQLException {
    Duration each = perStatement.get();
    Limit whole = transaction.get();
    if (each == null && whole == null) {
      return work.run(connection);
    }
    checkTransaction();
    Limit limit = each != null ? new Limit(each, System.nanoTime() + each.toNanos(), "Database.withTimeout") : whole;
    if (whole != null && whole.deadline() - limit.deadline() < 0) {
      limit = whole;
    }
    Cancel cancel = new Cancel(connection);
    ScheduledFuture<?> timer = Timer.INSTANCE.schedule(cancel, Math.max(0, limit.remaining()), TimeUnit.NANOSECONDS);
    try {
      return work.run(connection);
    } catch (SQLException e) {
      if (cancel.sent() && SQLSTATE_CANCELED.equals(e.getSQLState())) {
        throw new QueryTimeoutException(limit == whole
            ? "The transaction ran past its time limit of " + duration(limit.limit()) + " (" + limit.source()
                + "): its running statement was cancelled and the transaction rolled back."
            : "A statement ran past its limit of " + duration(limit.limit()) + " (" + limit.source() + ") and was cancelled"
                + (whole != null || !connection.getAutoCommit() ? "; its transaction is rolled back." : "."),
            SQLSTATE_CANCELED, e, limit.limit());
      }
      throw e;
    } finally {
      cancel.finish();
      timer.cancel(false);
    }
  }

  /** Sends one cancel request for the connection's statement, unless the statement finished first. */
  private static final class Cancel implements Runnable {
    private final Connection connection;
    private boolean finished;
    private boolean sent;

    Cancel(Connection connection) {
      this.connection = connection;
    }

    @Override
    public synchronized void run() {
      if (finished) {
        return;
      }
      try {
        connection.unwrap(PGConnection.class).cancelQuery();
        sent = true;
      } catch (SQLException e) {
        // The statement fails or finishes on its own; nothing else to do.
      }
    }

    synchronized void finish() {
      finished = true;
    }

    synchronized boolean sent() {
      return sent;
    }
  }

  static String duration(Duration limit) {
    long millis = limit.toMillis();
    return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
