package dev.quarry.embedded;

import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.config.EmbeddedDatabase;
import dev.quarry.runtime.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A PostgreSQL server run by Quarry itself from the binaries this artifact brings, so that a
 * fresh clone needs nothing installed. Its data stays in the folder given (by default
 * {@code .quarry/postgres} in the working directory), so data survives restarts. Every Quarry
 * tool (the runtime, the {@code quarry} command, the Maven plugin, Studio) starts the same
 * PostgreSQL major version, {@link #MAJOR_VERSION}, so they can share one folder.
 */
public final class EmbeddedPostgres implements EmbeddedDatabase {

  /** The default data folder, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".quarry", "postgres");

  /** The PostgreSQL version of the binaries this artifact was built with, such as {@code 17.6.0}. */
  public static final String VERSION = buildVersion();

  /** The PostgreSQL major version, such as {@code 17}: a data folder works only with its own. */
  public static final String MAJOR_VERSION = VERSION.substring(0, VERSION.indexOf('.'));

  private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
    this.server = server;
  }

  /**
   * Starts a server keeping its data in {@code dataDirectory}, creating it when missing; refuses
   * a folder another PostgreSQL major version made, since that version's files cannot be read.
   */
  public static EmbeddedPostgres start(Path dataDirectory) {
    checkMajorVersion(dataDirectory);
    try {
      Files.createDirectories(dataDirectory);
      return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory.toFile())
          .setCleanDataDirectory(false)
          .start());
    } catch (IOException | RuntimeException e) {
      throw new ConfigurationException("Could not start the embedded PostgreSQL " + VERSION + " in " + dataDirectory.toAbsolutePath()
          + ": " + e.getMessage() + ". Is another process using the folder? Stop it, or set DATABASE_URL to use a server "
          + "instead.", e);
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

  /** Refuses a data folder made by another major version, naming both versions and the way out. */
  static void checkMajorVersion(Path dataDirectory) {
    Path versionFile = dataDirectory.resolve("PG_VERSION");
    if (!Files.isRegularFile(versionFile)) {
      return;
    }
    String found;
    try {
      found = Files.readString(versionFile, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + versionFile, e);
    }
    if (!found.equals(MAJOR_VERSION)) {
      throw new ConfigurationException("The embedded database folder " + dataDirectory.toAbsolutePath() + " was made by "
          + "PostgreSQL " + found + ", and Quarry's embedded PostgreSQL is version " + VERSION + ": PostgreSQL " + found
          + " files cannot be opened by PostgreSQL " + MAJOR_VERSION + ". Delete the folder to start afresh (its data is lost; "
          + "recreate the schema with `mvn quarry:migrate-reset -Dquarry.force`), or keep using PostgreSQL " + found
          + " through DATABASE_URL. Make sure every Quarry artifact comes from one version, by importing dev.quarry:quarry-bom.");
    }
  }

  private static String buildVersion() {
    Properties properties = new Properties();
    try (InputStream in = EmbeddedPostgres.class.getResourceAsStream("postgres.properties")) {
      if (in == null) {
        throw new IllegalStateException("quarry-embedded is damaged: its postgres.properties is missing");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("quarry-embedded is damaged: its postgres.properties cannot be read", e);
    }
    return properties.getProperty("version");
  }

  @Override
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

  /** Registered in {@code META-INF/services}: how the runtime starts this server when no URL is set. */
  public static final class Provider implements EmbeddedDatabase.Provider {

    /** Called by {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public EmbeddedDatabase start(Path dataDirectory) {
      return EmbeddedPostgres.start(dataDirectory);
    }
  }
}
