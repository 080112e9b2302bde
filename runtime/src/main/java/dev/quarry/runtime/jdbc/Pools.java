package dev.quarry.runtime.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the runtime asks of a HikariCP pool, when the data source is one; nothing otherwise. */
final class Pools {

  private Pools() {}

  private static HikariDataSource hikari(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * Closes the pool's idle connections: after one connection was found dead (a restart, a
   * failover), the others opened before it are dead too, and none may reach a caller.
   */
  static void evictIdle(DataSource dataSource) {
    HikariDataSource pool = hikari(dataSource);
    HikariPoolMXBean bean = pool == null ? null : pool.getHikariPoolMXBean();
    if (bean != null) {
      bean.softEvictConnections();
    }
  }

  /**
   * "3 of the pool's 4 connections were in use (2 more callers waiting) for 30.0 s", or {@code null}
   * for another kind of data source.
   */
  static String describe(DataSource dataSource) {
    HikariDataSource pool = hikari(dataSource);
    HikariPoolMXBean bean = pool == null ? null : pool.getHikariPoolMXBean();
    if (bean == null) {
      return null;
    }
    return bean.getActiveConnections() + " of the pool's " + pool.getMaximumPoolSize() + " connections were in use ("
        + bean.getThreadsAwaitingConnection() + " more callers waiting) for " + pool.getConnectionTimeout() / 1000.0 + " s";
  }
}
