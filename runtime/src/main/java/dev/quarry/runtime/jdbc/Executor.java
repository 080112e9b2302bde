package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.error.ConnectionFailedException;
import dev.quarry.runtime.error.ConnectionLostException;
import dev.quarry.runtime.error.ConnectionTimeoutException;
import dev.quarry.runtime.error.QuarryException;
import dev.quarry.runtime.error.QueryTimeoutException;
import dev.quarry.runtime.error.SerializationFailureException;
import dev.quarry.runtime.error.TransactionRolledBackException;
import dev.quarry.runtime.event.QueryEvent;
import dev.quarry.runtime.event.QueryListener;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.transaction.ExternalTransactions;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Runs statements with plain JDBC on the current transaction's connection, or on a connection of
 * its own in auto-commit mode when there is no transaction. Every statement is reported to the
 * listeners; every {@link SQLException} leaves as a typed {@link QuarryException}.
 */
public final class Executor {

  private static final System.Logger LOG = System.getLogger("dev.quarry.sql");

  /** The work of a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs inside the transaction; any exception rolls it back. */
    T run() throws Exception;
  }

  /** Work on a JDBC connection. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    /** Uses the connection, which must not be closed. */
    T run(Connection connection) throws SQLException;
  }

  private static final String PRIMARY = "primary";
  private static final String REPLICA = "replica";

  /** Characters of COPY text sent at a time: big enough to keep the pipe full, small enough to stay out of the old generation. */
  private static final int COPY_CHUNK = 256 * 1024;

  private final DataSource dataSource;
  private final ConstraintCatalog catalog = new ConstraintCatalog();
  private final ErrorTranslator errors = new ErrorTranslator(catalog);
  private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();
  private final boolean logParameters;
  private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
  private volatile Boolean copySupported;

  private final ExternalTransactions external;
  private final ReplicaRouter replicas;
  private final StatementWatchdog watchdog = new StatementWatchdog();

  /** An executor over {@code dataSource}; parameter values are logged only when asked. */
  public Executor(DataSource dataSource, boolean logParameters) {
    this(dataSource, logParameters, ExternalTransactions.NONE, ReplicaRouter.NONE);
  }

  /**
   * An executor that also takes part in the transactions {@code external} reports, and sends
   * {@link #read reads} outside transactions to {@code replicas}.
   */
  public Executor(DataSource dataSource, boolean logParameters, ExternalTransactions external, ReplicaRouter replicas) {
    this.dataSource = dataSource;
    this.logParameters = logParameters;
    this.external = external;
    this.replicas = replicas;
  }

  /** The constraints known to error messages. */
  public ConstraintCatalog catalog() {
    return catalog;
  }

  /** Adds a listener told of every statement. */
  public void addListener(QueryListener listener) {
    listeners.add(listener);
  }

  /** Removes a listener. */
  public void removeListener(QueryListener listener) {
    listeners.remove(listener);
  }

  /** Whether the current thread is inside a transaction: Quarry's, or one managed elsewhere. */
  public boolean inTransaction() {
    return transaction.get() != null || external.active();
  }

  /** Runs a query and reads every row; a {@code select} is retried once on a fresh connection if its connection broke. */
  public <T> List<T> query(Prepared prepared, RowMapper<T> reader) {
    return withConnection(isRead(prepared.sql()), connection -> rows(connection, prepared, reader, PRIMARY));
  }

  /**
   * Runs a query that only reads: outside a transaction, on a replica when there are replicas and
   * one has replayed this thread's writes (see {@link ReplicaRouter}); otherwise as {@link #query}.
   */
  public <T> List<T> read(Prepared prepared, RowMapper<T> reader) {
    if (!replicas.enabled() || inTransaction() || replicas.primaryForced()) {
      return query(prepared, reader);
    }
    Optional<List<T>> rows;
    try {
      rows = replicas.read(connection -> watchdog.guard(connection, c -> rows(c, prepared, reader, REPLICA)));
    } catch (SQLException e) {
      throw errors.translate(e);
    }
    return rows.orElseGet(() -> query(prepared, reader));
  }

  /**
   * Runs {@code work} with each statement this thread runs in it cancelled once it has run
   * {@code limit}, as a {@link QueryTimeoutException} naming the limit (inside a transaction, the
   * transaction is rolled back, as PostgreSQL aborts it).
   */
  public <T> T withTimeout(Duration limit, java.util.function.Supplier<T> work) {
    return watchdog.perStatement(limit, work);
  }

  /** The replica routing, for the client's read-your-writes tokens. */
  public ReplicaRouter replicas() {
    return replicas;
  }

  /** Runs {@code work} with every read of this thread on the primary, replicas or not. */
  public <T> T onPrimary(java.util.function.Supplier<T> work) {
    return replicas.onPrimary(work);
  }

  private <T> List<T> rows(Connection connection, Prepared prepared, RowMapper<T> reader, String target) throws SQLException {
    long start = System.nanoTime();
    List<T> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(prepared.sql())) {
      bindAll(connection, statement, prepared.binds());
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
      }
    } catch (SQLException e) {
      report(prepared.sql(), prepared.binds(), start, -1, 1, target);
      throw e;
    }
    report(prepared.sql(), prepared.binds(), start, rows.size(), 1, target);
    return rows;
  }

  /**
   * Runs a query whose rows are read as the stream is consumed, {@code fetchSize} at a time from a
   * server-side cursor. PostgreSQL keeps a cursor only inside a transaction: within one the stream
   * reads on it; outside, it takes a connection of its own in a read-only transaction until closed.
   * Close the stream (try-with-resources); it also closes itself when read to the end or when it fails.
   */
  public <T> Stream<T> stream(Prepared prepared, RowMapper<T> reader, int fetchSize) {
    Connection bound = transaction.get();
    boolean own = bound == null && !external.active();
    Connection connection = bound != null ? bound : borrow();
    long start = System.nanoTime();
    RowCursor.Release release = own
        ? () -> {
            try (connection) {
              connection.rollback();
              connection.setReadOnly(false);
              connection.setAutoCommit(true);
            }
          }
        : bound == null ? connection::close : () -> { };
    PreparedStatement statement = null;
    try {
      if (own) {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
      }
      statement = connection.prepareStatement(prepared.sql());
      bindAll(connection, statement, prepared.binds());
      RowCursor<T> cursor = RowCursor.open(statement, fetchSize, reader, release, errors,
          read -> report(prepared.sql(), prepared.binds(), start, (int) Math.min(Integer.MAX_VALUE, read), 1));
      return StreamSupport.stream(cursor, false).onClose(cursor::close);
    } catch (SQLException e) {
      try {
        if (statement != null) {
          statement.close();
        }
        release.release();
      } catch (SQLException ignored) {
        // The first failure is the one to report.
      }
      report(prepared.sql(), prepared.binds(), start, -1, 1);
      throw errors.translate(e);
    }
  }

  /** Runs a statement that returns no rows; the number of rows it changed. */
  public int execute(Prepared prepared) {
    return withConnection(connection -> {
      long start = System.nanoTime();
      int count;
      try (PreparedStatement statement = connection.prepareStatement(prepared.sql())) {
        bindAll(connection, statement, prepared.binds());
        count = statement.executeUpdate();
      } catch (SQLException e) {
        report(prepared.sql(), prepared.binds(), start, -1, 1);
        throw e;
      }
      report(prepared.sql(), prepared.binds(), start, count, 1);
      return count;
    });
  }

  /**
   * Runs one statement once per row as a JDBC batch; the total rows changed. {@code columns}
   * describes each placeholder (its value unused), {@code rows} holds the values, one array a row.
   */
  public int batch(String sql, List<Bind> columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    return withConnection(connection -> {
      long start = System.nanoTime();
      long total = 0;
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            Binder.bind(connection, statement, i + 1, columns.get(i), row[i]);
          }
          statement.addBatch();
        }
        for (long count : statement.executeLargeBatch()) {
          // With reWriteBatchedInserts the driver reports SUCCESS_NO_INFO (-2) per rewritten row.
          total += count >= 0 ? count : 1;
        }
      }
      report(sql, List.of(), start, (int) total, rows.size());
      return (int) total;
    });
  }

  /**
   * Whether {@link #copy} can run here: the connection is PostgreSQL's (directly or behind a pool
   * that unwraps to it).
   */
  public boolean canCopy() {
    Boolean known = copySupported;
    if (known == null) {
      // The data source never changes, so one connection tells for all.
      known = withConnection(connection -> connection.isWrapperFor(PGConnection.class));
      copySupported = known;
    }
    return known;
  }

  /**
   * Loads rows with {@code COPY ... FROM STDIN} ({@code sql}), streaming them in the text format
   * a chunk at a time; the number of rows loaded. {@code columns} describes each column (its value
   * unused), {@code rows} holds the values, one array a row. The load is one statement: it stores every row
   * or, on any error, none.
   */
  public long copy(String sql, List<Bind> columns, List<Object[]> rows) {
    return copy(sql, columns, rows.size(), (index, values) -> System.arraycopy(rows.get(index), 0, values, 0, values.length));
  }

  /** Fills a reused array with one row's values of a {@code COPY}'s columns. */
  @FunctionalInterface
  public interface CopyRows {
    /** Puts row {@code index}'s values into {@code values}. */
    void fill(int index, Object[] values);
  }

  /** As {@link #copy(String, List, List)}, with {@code count} rows handed out by {@code rows} one at a time. */
  public long copy(String sql, List<Bind> columns, int count, CopyRows rows) {
    if (count == 0) {
      return 0;
    }
    return withConnection(connection -> {
      long start = System.nanoTime();
      CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
      long copied;
      try {
        StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
        Object[] values = new Object[columns.size()];
        for (int index = 0; index < count; index++) {
          rows.fill(index, values);
          CopyText.appendRow(text, columns, values);
          if (text.length() >= COPY_CHUNK) {
            send(copy, text);
          }
        }
        send(copy, text);
        copied = copy.endCopy();
      } catch (SQLException | RuntimeException e) {
        // Leave the connection usable: a COPY still open would hold it in copy mode.
        if (copy.isActive()) {
          try {
            copy.cancelCopy();
          } catch (SQLException cancel) {
            e.addSuppressed(cancel);
          }
        }
        throw e;
      }
      report(sql, List.of(), start, (int) copied, count);
      return copied;
    });
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  /** Runs {@code work} with a connection: the transaction's, or one borrowed for the call. */
  public <T> T withConnection(ConnectionWork<T> work) {
    return withConnection(false, work);
  }

  /** Whether a statement only reads, so running it twice is harmless. */
  private static boolean isRead(String sql) {
    return sql.regionMatches(true, 0, "select ", 0, 7);
  }

  /**
   * Runs {@code work} with the transaction's connection, or with one borrowed for the call. A
   * borrowed connection that turns out broken (a restart, a failover, a terminated session) makes
   * the pool drop its idle connections, which were opened before the break too; the work is then
   * run once more on a fresh connection when that is safe: it only reads, or the server ended the
   * session itself, which aborts the statement it ran or means it never arrived.
   */
  private <T> T withConnection(boolean read, ConnectionWork<T> work) {
    Connection bound = transaction.get();
    if (bound != null) {
      try {
        return watchdog.guard(bound, work);
      } catch (SQLException e) {
        throw errors.translate(e);
      }
    }
    if (external.active()) {
      // The data source hands out the external transaction's connection: run once, never retry.
      try (Connection connection = borrow()) {
        return watchdog.guard(connection, work);
      } catch (SQLException e) {
        throw errors.translate(e);
      }
    }
    try (Connection connection = borrow()) {
      T result = watchdog.guard(connection, work);
      noteWrite(read, connection);
      return result;
    } catch (SQLException e) {
      SQLException lost = ConnectionErrors.lost(e);
      if (lost == null) {
        throw errors.translate(e);
      }
      Pools.evictIdle(dataSource);
      if (!read && !ConnectionErrors.endedByServer(lost)) {
        throw ConnectionErrors.lostConnection(lost, true, false);
      }
      LOG.log(System.Logger.Level.DEBUG, "Connection lost (" + lost.getSQLState() + "); running the statement again on a fresh one");
      return retry(read, lost, work);
    }
  }

  /** The second and last run of {@code work}, on a fresh connection, after {@code lost}. */
  private <T> T retry(boolean read, SQLException lost, ConnectionWork<T> work) {
    Connection connection;
    try {
      connection = borrow();
    } catch (QuarryException reconnecting) {
      ConnectionLostException failed = ConnectionErrors.lostConnection(lost, !read, true);
      failed.addSuppressed(reconnecting);
      throw failed;
    }
    try (connection) {
      T result = watchdog.guard(connection, work);
      noteWrite(read, connection);
      return result;
    } catch (SQLException e) {
      SQLException again = ConnectionErrors.lost(e);
      if (again == null) {
        throw errors.translate(e);
      }
      Pools.evictIdle(dataSource);
      throw ConnectionErrors.lostConnection(again, !read, true);
    }
  }

  /**
   * After a write outside a transaction, where the primary's log stands, so this thread's reads
   * see it. The write is done by then: a failure here must not look like the write's, so it is
   * only logged (the connection is broken, and the next statement will say so).
   */
  private void noteWrite(boolean read, Connection connection) {
    if (!read && replicas.enabled()) {
      try {
        replicas.wrote(connection);
      } catch (SQLException e) {
        LOG.log(System.Logger.Level.INFO, "Could not read the primary's WAL position after a write (" + e.getMessage() + ")");
      }
    }
  }

  /** A connection from the data source; a full pool or an unreachable server as a typed exception. */
  private Connection borrow() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      ConnectionFailedException failed = ConnectionErrors.explain(e, null);
      if (failed != null) {
        throw failed;
      }
      if (e instanceof SQLTransientConnectionException) {
        String pool = Pools.describe(dataSource);
        throw new ConnectionTimeoutException("No database connection came free in time: " + (pool != null ? pool : e.getMessage())
            + ". Raise the pool size (Database.builder().poolSize(n)), keep transactions short, or look for work that holds a "
            + "connection without releasing it.", e);
      }
      throw errors.translate(e);
    }
  }

  /**
   * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws
   * (a checked exception comes back wrapped in {@link TransactionRolledBackException}).
   */
  public <T> T transaction(TransactionOptions options, Work<T> work) {
    if (transaction.get() != null) {
      return options.savepoint() ? savepoint(work) : run(work);
    }
    if (external.active()) {
      return joinExternal(options, work);
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return outermost(options, work);
      } catch (SerializationFailureException e) {
        if (attempt >= options.retries()) {
          throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "Retrying transaction after " + e.sqlState() + " (attempt " + (attempt + 2) + ")");
      }
    }
  }

  private <T> T outermost(TransactionOptions options, Work<T> work) {
    Connection connection = borrow();
    try {
      connection.setAutoCommit(false);
      // Set inside the transaction, never on the session: behind a pooler such as PgBouncer the
      // session is shared with other clients.
      if (options.isolation() != null || options.timeout() != null) {
        try (Statement setup = connection.createStatement()) {
          if (options.isolation() != null) {
            setup.execute("set transaction isolation level " + options.isolation().sql());
          }
          if (options.timeout() != null) {
            setup.execute("set local statement_timeout = " + options.timeout().toMillis());
          }
        }
      }
      if (options.timeLimit() != null) {
        watchdog.startTransaction(options.timeLimit());
      }
      transaction.set(connection);
      T result = run(work);
      watchdog.checkTransaction();
      connection.commit();
      noteWrite(false, connection);
      return result;
    } catch (QueryTimeoutException e) {
      rollback(connection, e);
      // A limit Quarry enforced names itself; a statement_timeout is the transaction's or the server's.
      throw e.limit() != null || options.timeout() == null ? e : new QueryTimeoutException("A statement of the transaction ran past its limit of "
          + StatementWatchdog.duration(options.timeout()) + " (TransactionOptions.withTimeout) and was cancelled; the transaction was rolled back.",
          e.sqlState(), e.getCause(), options.timeout());
    } catch (RuntimeException | Error e) {
      rollback(connection, e);
      throw e;
    } catch (SQLException e) {
      QuarryException translated = errors.translate(e);
      rollback(connection, translated);
      throw translated;
    } finally {
      transaction.remove();
      watchdog.endTransaction();
      release(connection);
    }
  }


  /**
   * Runs {@code work} inside the external transaction, on its connection: joined, or in a
   * savepoint when asked. The external transaction manager commits or rolls back.
   */
  private <T> T joinExternal(TransactionOptions options, Work<T> work) {
    Connection connection = borrow();
    transaction.set(connection);
    try {
      return options.savepoint() ? savepoint(work) : run(work);
    } finally {
      transaction.remove();
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.log(System.Logger.Level.INFO, "Releasing an external transaction's connection failed (" + e.getMessage() + ")");
      }
    }
  }

  /** Gives a transaction's connection back as it found it; a broken one is closed quietly (the pool replaces it). */
  private static void release(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // The transaction already failed and said why.
      LOG.log(System.Logger.Level.INFO, "Released a transaction's broken connection (" + e.getSQLState() + ": " + e.getMessage() + ")");
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.log(System.Logger.Level.INFO, "Closing a broken connection failed (" + e.getMessage() + ")");
      }
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private <T> T savepoint(Work<T> work) {
    Connection connection = transaction.get();
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw errors.translate(e);
    }
    try {
      T result = run(work);
      connection.releaseSavepoint(savepoint);
      return result;
    } catch (RuntimeException e) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } catch (SQLException e) {
      throw errors.translate(e);
    }
  }

  private static <T> T run(Work<T> work) {
    try {
      return work.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new TransactionRolledBackException(e);
    }
  }

  private static void bindAll(Connection connection, PreparedStatement statement, List<Bind> binds) throws SQLException {
    for (int i = 0; i < binds.size(); i++) {
      Binder.bind(connection, statement, i + 1, binds.get(i));
    }
  }

  private void report(String sql, List<Bind> binds, long start, int rows, int batchSize) {
    report(sql, binds, start, rows, batchSize, PRIMARY);
  }

  private void report(String sql, List<Bind> binds, long start, int rows, int batchSize, String target) {
    boolean logged = LOG.isLoggable(System.Logger.Level.DEBUG);
    if (!logged && listeners.isEmpty()) {
      return;
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    if (logged) {
      LOG.log(System.Logger.Level.DEBUG, duration.toNanos() / 1000 + " µs, " + rows + " rows: " + sql
          + (logParameters && !binds.isEmpty() ? " " + values(binds) : ""));
    }
    if (!listeners.isEmpty()) {
      String[] labels = StatementLabels.of(sql, catalog);
      QueryEvent event = new QueryEvent(sql, values(binds), duration, rows, batchSize, labels[0], labels[1], labels[2], target);
      for (QueryListener listener : listeners) {
        listener.onQuery(event);
      }
    }
  }

  private static List<Object> values(List<Bind> binds) {
    List<Object> values = new ArrayList<>(binds.size());
    for (Bind bind : binds) {
      values.add(Binder.plain(bind));
    }
    return values;
  }
}
