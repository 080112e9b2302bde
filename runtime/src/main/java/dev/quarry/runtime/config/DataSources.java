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
   * A caller waits at most {@code connectionTimeout} for a free connection.
   */
  public static HikariDataSource pooled(DatabaseUrl url, int maximumPoolSize, Duration socketTimeout, Duration connectionTimeout) {
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
