package dev.quarry.migrate;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.runtime.config.DataSources;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.config.EmbeddedDatabase;
import dev.quarry.runtime.error.ConfigurationException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The database a migrate command works on, as every front end finds it: the URL given, else
 * {@code DIRECT_DATABASE_URL}, else {@code DATABASE_URL}, else the embedded PostgreSQL keeping its
 * data in a project folder (when {@code quarry-embedded} is on the class path). An address through
 * PgBouncer ({@code pgbouncer=true}) is refused: migrations hold a session-level advisory lock and
 * set {@code lock_timeout}, which transaction pooling would hand to other clients. Closing it
 * closes the pool and stops the embedded server it started.
 */
public final class TargetDatabase implements AutoCloseable {

  private final DatabaseUrl url;
  private final HikariDataSource pool;
  private final EmbeddedDatabase embedded;

  private TargetDatabase(DatabaseUrl url, HikariDataSource pool, EmbeddedDatabase embedded) {
    this.url = url;
    this.pool = pool;
    this.embedded = embedded;
  }

  /**
   * Opens the database {@code url} names ({@code null} or blank: {@code DATABASE_URL}, else the
   * embedded server in {@code dataDirectory}); {@code out} is told when the embedded one is used.
   */
  public static TargetDatabase open(String url, Path dataDirectory, Consumer<String> out) {
    DatabaseUrl address = url != null && !url.isBlank() ? DatabaseUrl.parse(url) : DatabaseUrl.directFromEnvironment().orElse(null);
    if (address != null) {
      requireDirect(address);
    }
    EmbeddedDatabase embedded = null;
    if (address == null) {
      embedded = EmbeddedDatabase.start(dataDirectory);
      address = embedded.url("postgres");
      out.accept("Using the embedded PostgreSQL in " + dataDirectory);
    }
    try {
      return new TargetDatabase(address, DataSources.pooled(address, 3), embedded);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Opens the database at {@code url}. */
  public static TargetDatabase open(DatabaseUrl url) {
    requireDirect(url);
    return new TargetDatabase(url, DataSources.pooled(url, 3), null);
  }

  /** Refuses an address through PgBouncer, saying how to give the server's own. */
  static void requireDirect(DatabaseUrl url) {
    if (url.pgBouncer()) {
      throw new ConfigurationException("Migrations need a direct connection to PostgreSQL, and " + url
          + " goes through PgBouncer (pgbouncer=true), whose transaction pooling would hand the migration lock and "
          + "lock_timeout to other clients. Give the server's own address: --direct-url, -Dquarry.directUrl or "
          + DatabaseUrl.DIRECT_ENVIRONMENT_VARIABLE + ".");
    }
  }

  /** The database's address. */
  public DatabaseUrl url() {
    return url;
  }

  /** A pool of (at most three) connections to it. */
  public DataSource dataSource() {
    return pool;
  }

  /** Settings for a migrator over this database and the migrations in {@code folder}. */
  public Migrator.Settings settings(MigrationsFolder folder) {
    return Migrator.Settings.of(pool, url, folder);
  }

  @Override
  public void close() {
    try {
      pool.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
