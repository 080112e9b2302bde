package dev.quarry.runtime.config;

import dev.quarry.runtime.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A PostgreSQL server run by Quarry itself from the binaries on the class path, so that a fresh
 * clone needs nothing installed. Its data stays in the folder given (by default
 * {@code .quarry/postgres} in the working directory), so data survives restarts.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  /** The default data folder, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".quarry", "postgres");

  private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a server keeping its data in {@code dataDirectory}, creating it when missing. */
  public static EmbeddedPostgres start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory.toFile())
          .setCleanDataDirectory(false)
          .start());
    } catch (IOException | RuntimeException e) {
      throw new ConfigurationException("Could not start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
          + ": " + e.getMessage() + ". Set DATABASE_URL to use a server instead.", e);
    }
  }

  /** Starts a throw-away server whose data is deleted on {@link #close()}. */
  public static EmbeddedPostgres startTemporary() {
    try {
      return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start());
    } catch (IOException | RuntimeException e) {
      throw new ConfigurationException("Could not start the embedded PostgreSQL: " + e.getMessage()
          + ". Set DATABASE_URL to use a server instead.", e);
    }
  }

  /** The address of database {@code name} on this server, as user {@code postgres}. */
  public DatabaseUrl url(String name) {
    return new DatabaseUrl("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", null);
  }

  /** A (non-pooled) data source for database {@code postgres}. */
  public DataSource dataSource() {
    return server.getPostgresDatabase();
  }

  /** The port the server listens on (on localhost). */
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new ConfigurationException("Could not stop the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }
}
