package dev.quarry.runtime.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

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
    return new HikariDataSource(config);
  }
}
