package dev.quarry.runtime.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.runtime.ConnectionFailedException;
import dev.quarry.runtime.jdbc.ConnectionErrors;

/** Pooled data sources (HikariCP) for a {@link DatabaseUrl}. */
public final class DataSources {

  private DataSources() {}

  /** A pool for this URL; close it when done. */
  public static HikariDataSource pooled(DatabaseUrl url, int maximumPoolSize) {
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
