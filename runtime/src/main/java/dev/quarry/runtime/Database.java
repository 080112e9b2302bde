package dev.quarry.runtime;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.runtime.config.DataSources;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.config.EmbeddedDatabase;
import dev.quarry.runtime.error.ConfigurationException;
import dev.quarry.runtime.error.QuarryException;
import dev.quarry.runtime.event.QueryListener;
import dev.quarry.runtime.jdbc.Executor;
import dev.quarry.runtime.jdbc.ReplicaRouter;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.sql.Statements;
import dev.quarry.runtime.transaction.ExternalTransactions;
import dev.quarry.runtime.transaction.TransactionBody;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The runtime handle: a database to query, shared by every repository. Create one per
 * application, from a {@link DataSource}, a URL, the environment, or an embedded server; close it
 * when the application stops (it closes only what it opened itself).
 *
 * <pre>{@code
 * try (Database db = Database.fromEnvironment()) {   // DATABASE_URL, or an embedded PostgreSQL
 *   QuarryClient client = new QuarryClient(db);
 *   client.users().create(new User(null, "ada@example.com", "Ada", null));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

  private final DataSource dataSource;
  private final Executor executor;
  /** Made on first use: lookups by key run compiled SQL, and an application making only those never loads the renderer. */
  private volatile Statements statements;
  private final List<AutoCloseable> owned;
  private final int copyThreshold;

  /** The number of rows from which {@code createMany} loads them with {@code COPY}, unless configured otherwise. */
  public static final int DEFAULT_COPY_THRESHOLD = 1_000;

  /** How far behind a replica may be and still serve reads, unless configured otherwise. */
  public static final Duration DEFAULT_REPLICA_MAX_LAG = Duration.ofSeconds(10);

  /** How long a read waits for a replica to replay the caller's last write, unless configured otherwise. */
  public static final Duration DEFAULT_READ_YOUR_WRITES_WAIT = Duration.ofMillis(100);

  private Database(DataSource dataSource, boolean logParameters, List<AutoCloseable> owned, int copyThreshold,
      ExternalTransactions external, ReplicaRouter replicas) {
    this.dataSource = dataSource;
    this.executor = new Executor(dataSource, logParameters, external, replicas);
    this.owned = owned;
    this.copyThreshold = copyThreshold;
  }

  /** The number of rows from which {@code createMany} loads them with {@code COPY}. */
  public int copyThreshold() {
    return copyThreshold;
  }

  /** The data source underneath, for tools that need one (such as {@code Migrator.deploy}). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A database over a data source the application manages (and closes). */
  public static Database connect(DataSource dataSource) {
    return builder().dataSource(dataSource).build();
  }

  /** A pooled database for a URL in either form ({@code postgresql://...} or {@code jdbc:postgresql://...}). */
  public static Database connect(String url) {
    return builder().url(url).build();
  }

  /** Where the embedded PostgreSQL keeps its data unless told otherwise, relative to the working directory. */
  public static final Path DEFAULT_EMBEDDED_DIRECTORY = Path.of(".quarry", "postgres");

  /** The environment variable listing read replicas' URLs, separated by commas. */
  public static final String REPLICA_URLS_VARIABLE = "QUARRY_REPLICA_URLS";

  /**
   * The database {@code DATABASE_URL} names (or the system property {@code quarry.databaseUrl}),
   * with the read replicas {@code QUARRY_REPLICA_URLS} lists; without a URL, an embedded PostgreSQL
   * whose data stays in {@code .quarry/postgres}, when the {@code quarry-embedded} artifact is on
   * the class path.
   */
  public static Database fromEnvironment() {
    return DatabaseUrl.fromEnvironment()
        .map(url -> {
          Builder builder = builder().url(url);
          String replicas = System.getProperty("quarry.replicaUrls", System.getenv(REPLICA_URLS_VARIABLE));
          if (replicas != null) {
            java.util.Arrays.stream(replicas.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(builder::replica);
          }
          return builder.build();
        })
        .orElseGet(() -> builder().embedded(DEFAULT_EMBEDDED_DIRECTORY).build());
  }

  /** Options beyond the factory methods. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Database}. */
  public static final class Builder {
    private DataSource dataSource;
    private DatabaseUrl url;
    private Path embedded;
    private int poolSize = 10;
    private boolean logParameters;
    private int copyThreshold = DEFAULT_COPY_THRESHOLD;
    private Duration socketTimeout = DataSources.DEFAULT_SOCKET_TIMEOUT;
    private Duration connectionTimeout = DataSources.DEFAULT_CONNECTION_TIMEOUT;
    private ExternalTransactions external = ExternalTransactions.NONE;
    private boolean pgBouncer;
    private final List<DatabaseUrl> replicas = new ArrayList<>();
    private Duration replicaMaxLag = DEFAULT_REPLICA_MAX_LAG;
    private Duration readYourWritesWait = DEFAULT_READ_YOUR_WRITES_WAIT;
    private final List<QueryListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Uses a data source the application manages. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = dataSource;
      return this;
    }

    /** Opens a connection pool to this URL. */
    public Builder url(String url) {
      return url(DatabaseUrl.parse(url));
    }

    /** Opens a connection pool to this URL. */
    public Builder url(DatabaseUrl url) {
      this.url = url;
      return this;
    }

    /**
     * Says the URL is PgBouncer's in transaction-pooling mode, as {@code pgbouncer=true} in the URL
     * does: the pool's driver prepares no named statements on the server. (Quarry keeps no session
     * state in any mode: a transaction's isolation and time limit are set inside it.) For a data
     * source of the application's own, set the driver's {@code prepareThreshold=0} there.
     */
    public Builder pgBouncer(boolean enabled) {
      this.pgBouncer = enabled;
      return this;
    }

    /**
     * Adds a streaming read replica. Reads outside transactions go to a replica (round robin);
     * writes, transactions and raw SQL go to the primary. After a write, the same thread reads it
     * back: a replica serves it only once it has replayed that write, else the primary does. A
     * replica that is down or lags is skipped and probed again; reads never fail for its sake.
     */
    public Builder replica(String url) {
      return replica(DatabaseUrl.parse(url));
    }

    /** Adds a streaming read replica; see {@link #replica(String)}. */
    public Builder replica(DatabaseUrl url) {
      replicas.add(url);
      return this;
    }

    /** How far behind (by replay time) a replica may be and still serve reads (default 10 s). */
    public Builder replicaMaxLag(Duration lag) {
      this.replicaMaxLag = lag;
      return this;
    }

    /**
     * How long a read waits for a replica to replay the thread's last write before it goes to the
     * primary instead (default 100 ms).
     */
    public Builder readYourWritesWait(Duration wait) {
      this.readYourWritesWait = wait;
      return this;
    }

    /** Starts an embedded PostgreSQL keeping its data in this folder (needs {@code quarry-embedded}). */
    public Builder embedded(Path dataDirectory) {
      this.embedded = dataDirectory;
      return this;
    }

    /** The pool's maximum size (default 10), for URLs and the embedded server. */
    public Builder poolSize(int size) {
      this.poolSize = size;
      return this;
    }

    /** Logs parameter values with each statement (off by default: they may be personal data). */
    public Builder logParameters(boolean enabled) {
      this.logParameters = enabled;
      return this;
    }

    /**
     * The number of rows (default {@value Database#DEFAULT_COPY_THRESHOLD}) from which
     * {@code createMany} loads rows with {@code COPY} instead of a batch of inserts;
     * {@code Integer.MAX_VALUE} never does, for a proxy that does not relay {@code COPY}.
     */
    public Builder copyThreshold(int rows) {
      if (rows < 1) {
        throw new ConfigurationException("copyThreshold(" + rows + "): give a number of rows of at least 1.");
      }
      this.copyThreshold = rows;
      return this;
    }

    /**
     * How long a statement may wait for the server's next bytes before its connection counts as
     * lost (default 5 minutes; {@code Duration.ZERO}: wait forever): a cut link or a dead server
     * then raises {@link dev.quarry.runtime.error.ConnectionLostException} instead of blocking. For the pools this builder
     * opens; a {@code socketTimeout} in the URL wins.
     */
    public Builder socketTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new ConfigurationException("socketTimeout(" + timeout + "): give zero (no limit) or a positive duration.");
      }
      this.socketTimeout = timeout;
      return this;
    }

    /**
     * How long a call waits for a free connection of the pool (default 30 s) before
     * {@link dev.quarry.runtime.error.ConnectionTimeoutException}.
     */
    public Builder connectionTimeout(Duration timeout) {
      if (timeout.toMillis() < 250) {
        throw new ConfigurationException("connectionTimeout(" + timeout + "): give at least 250 ms.");
      }
      this.connectionTimeout = timeout;
      return this;
    }

    /**
     * Takes part in transactions managed elsewhere: while {@code transactions} says one is active,
     * the data source must hand out its connection (as a transaction-aware proxy does), and
     * Quarry's calls and {@code transaction(...)} join it. The Spring Boot starter sets this.
     */
    public Builder externalTransactions(ExternalTransactions transactions) {
      this.external = Objects.requireNonNull(transactions, "transactions");
      return this;
    }

    /** Tells {@code listener} of every statement. */
    public Builder listener(QueryListener listener) {
      listeners.add(listener);
      return this;
    }

    /** The database. */
    public Database build() {
      List<AutoCloseable> owned = new ArrayList<>();
      DataSource source = dataSource;
      if (source == null && url != null) {
        HikariDataSource pool = DataSources.pooled(pgBouncer ? url.withPgBouncer() : url, poolSize, socketTimeout, connectionTimeout);
        owned.add(pool);
        source = pool;
      }
      if (source == null && embedded != null) {
        EmbeddedDatabase server = EmbeddedDatabase.start(embedded);
        HikariDataSource pool;
        try {
          pool = DataSources.pooled(server.url("postgres"), poolSize, socketTimeout, connectionTimeout);
        } catch (RuntimeException e) {
          server.close();
          throw e;
        }
        owned.add(pool);
        owned.add(server);
        source = pool;
      }
      if (source == null) {
        throw new ConfigurationException("No database given: call dataSource(...), url(...) or embedded(...).");
      }
      ReplicaRouter router = ReplicaRouter.NONE;
      if (!replicas.isEmpty()) {
        List<DataSource> pools = new ArrayList<>();
        for (DatabaseUrl replica : replicas) {
          HikariDataSource pool = DataSources.replica(pgBouncer ? replica.withPgBouncer() : replica, poolSize, socketTimeout);
          owned.add(pool);
          pools.add(pool);
        }
        router = new ReplicaRouter(pools, replicaMaxLag, readYourWritesWait);
      }
      Database database = new Database(source, logParameters, owned, copyThreshold, external, router);
      listeners.forEach(database.executor::addListener);
      return database;
    }
  }

  /** Runs {@code work} in a transaction with the default options; see {@link #transaction(TransactionOptions, TransactionBody)}. */
  public <T> T transaction(TransactionBody<Database, T> work) {
    return transaction(TransactionOptions.defaults(), work);
  }

  /**
   * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws
   * anything. Every repository call on this thread inside {@code work} takes part. A call inside
   * another transaction joins it, or with {@link TransactionOptions#asSavepoint()} rolls back only
   * its own part. A checked exception comes back wrapped in {@link dev.quarry.runtime.error.TransactionRolledBackException}.
   */
  public <T> T transaction(TransactionOptions options, TransactionBody<Database, T> work) {
    return executor.transaction(options, () -> work.run(this));
  }

  /**
   * Runs {@code work} with every read of this thread on the primary, as when the data must be
   * the very latest (without replicas it just runs {@code work}).
   */
  public <T> T onPrimary(java.util.function.Supplier<T> work) {
    return executor.onPrimary(work);
  }

  /**
   * Runs {@code work} with each statement this thread runs in it limited to {@code limit}: one
   * that runs longer is cancelled and fails with a {@link dev.quarry.runtime.error.QueryTimeoutException}
   * naming the limit (inside a transaction, the transaction is rolled back, as PostgreSQL aborts
   * it). Nothing is set on the session, so it holds through PgBouncer and on replicas too.
   */
  public <T> T withTimeout(Duration limit, java.util.function.Supplier<T> work) {
    if (limit == null || limit.isNegative() || limit.toMillis() == 0) {
      throw new IllegalArgumentException("a time limit must be at least a millisecond, not " + limit);
    }
    return executor.withTimeout(limit, work);
  }

  /**
   * Where this thread's last write left the primary's log ({@link WritePosition#NONE} before any,
   * and always without replicas): hand it to another thread, or to the same user's next request,
   * to read that write back with {@link #readingAfter}.
   */
  public WritePosition lastWrite() {
    return new WritePosition(executor.replicas().writePosition());
  }

  /**
   * Runs {@code work} with this thread's reads seeing everything up to {@code position}: a replica
   * answers only once it has replayed that far (waiting as for the thread's own writes), else the
   * primary does.
   */
  public <T> T readingAfter(WritePosition position, java.util.function.Supplier<T> work) {
    return executor.replicas().readingAfter(position.lsn(), work);
  }

  /** Raw SQL, with bound parameters. */
  public RawSql raw() {
    return new RawSql(executor);
  }

  /** Reads rows of raw SQL with a row reader; {@code ?} placeholders take {@code parameters}. */
  public <T> List<T> queryRaw(String sql, RowReader<T> reader, Object... parameters) {
    return raw().query(sql, reader, parameters);
  }

  /** Reads rows of raw SQL into a model's records, matching columns by name. */
  public <M> List<M> queryRaw(String sql, ModelTable<M> model, Object... parameters) {
    return raw().query(sql, model, parameters);
  }

  /** Runs raw SQL that returns no rows; the number of rows changed. */
  public int executeRaw(String sql, Object... parameters) {
    return raw().execute(sql, parameters);
  }

  /** Tells {@code listener} of every statement from now on. */
  public void addListener(QueryListener listener) {
    executor.addListener(listener);
  }

  /** Stops telling {@code listener}. */
  public void removeListener(QueryListener listener) {
    executor.removeListener(listener);
  }

  /** The statement runner the repositories share. */
  Executor executor() {
    return executor;
  }

  /** The statement renderer (and its cache of shapes) the repositories share. */
  Statements statements() {
    Statements made = statements;
    if (made == null) {
      synchronized (this) {
        made = statements;
        if (made == null) {
          made = new Statements();
          statements = made;
        }
      }
    }
    return made;
  }

  /** Closes the pool and the embedded server, if this database opened them. */
  @Override
  public void close() {
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        throw new QuarryException("Could not close " + resource + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String toString() {
    Statements made = statements;
    return "Database[" + (made == null ? 0 : made.cache().size()) + " statement shapes]";
  }
}
