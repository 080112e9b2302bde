package dev.quarry.runtime.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.runtime.error.ConnectionFailedException;
import dev.quarry.runtime.jdbc.ConnectionErrors;
import java.time.Duration;

/** Pooled data sources (HikariCP) for a {@link DatabaseUrl}. */
public final class DataSources {

  private DataSources() {}

  /** How long a read may wait for the server before the connection counts as lost, unless the URL says otherwise. */
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMinutes(5);

  /** How long a caller waits for a free connection of the pool. */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(30);

  /** A pool for this URL with the default timeouts; close it when done. */
  public static HikariDataSource pooled(DatabaseUrl url, int maximumPoolSize) {
    return pooled(url, maximumPoolSize, DEFAULT_SOCKET_TIMEOUT, DEFAULT_CONNECTION_TIMEOUT);
  }

  /**
   * A pool for this URL; close it when done. Connections use TCP keep-alive and
   * {@code socketTimeout} (zero: none), so a dead peer or a cut link is noticed instead of
   * blocking forever; a {@code socketTimeout} or {@code tcpKeepAlive} parameter in the URL wins.
   * A caller waits at most {@code connectionTimeout} for a free connection. Behind PgBouncer
   * ({@link DatabaseUrl#pgBouncer()}) the driver prepares no named statements.
   */
  public static HikariDataSource pooled(DatabaseUrl url, int maximumPoolSize, Duration socketTimeout, Duration connectionTimeout) {
    return open(configure(url, maximumPoolSize, socketTimeout, connectionTimeout), url);
  }

  /**
   * A pool for a read replica: it opens even while the replica is down, and waits at most half a
   * second for a connection, so reads fall back to the primary quickly when the replica is gone.
   */
  public static HikariDataSource replica(DatabaseUrl url, int maximumPoolSize, Duration socketTimeout) {
    HikariConfig config = configure(url, maximumPoolSize, socketTimeout, Duration.ofMillis(500));
    config.setPoolName("quarry-replica");
    config.setInitializationFailTimeout(-1);
    config.setMinimumIdle(0);
    return open(config, url);
  }

  private static HikariConfig configure(DatabaseUrl url, int maximumPoolSize, Duration socketTimeout, Duration connectionTimeout) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    if (url.user() != null) {
      config.setUsername(url.user());
    }
    if (url.password() != null) {
      config.setPassword(url.password());
    }
    config.setMaximumPoolSize(maximumPoolSize);
    config.setPoolName("quarry");
    config.setConnectionTimeout(Math.max(250, connectionTimeout.toMillis()));
    config.addDataSourceProperty("tcpKeepAlive", "true");
    config.addDataSourceProperty("socketTimeout", String.valueOf(socketTimeout.toSeconds()));
    // Batched inserts become multi-row inserts: one round trip per batch.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    if (url.pgBouncer() && url.parameter("prepareThreshold") == null) {
      // Behind PgBouncer's transaction pooling the next transaction may run on another server
      // connection, where a statement the driver prepared by name does not exist: prepare none.
      config.addDataSourceProperty("prepareThreshold", "0");
    }
    return config;
  }

  private static HikariDataSource open(HikariConfig config, DatabaseUrl url) {
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      // The pool opens its first connection at once; say why that failed in terms of the URL.
      ConnectionFailedException failed = ConnectionErrors.explain(e, server(url));
      throw failed != null ? failed : new ConnectionFailedException("Cannot open a connection pool to " + server(url) + ": "
          + e.getMessage(), null, e);
    }
  }

  /** {@code host:port/database}, without credentials or parameters. */
  static String server(DatabaseUrl url) {
    return url.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
  }
}
