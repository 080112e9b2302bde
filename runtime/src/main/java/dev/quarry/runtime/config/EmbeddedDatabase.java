package dev.quarry.runtime.config;

import dev.quarry.runtime.error.ConfigurationException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * A PostgreSQL server that Quarry starts itself, for development and tests, when no
 * {@code DATABASE_URL} is set. The server comes from the {@code quarry-embedded} artifact, which
 * a project adds in test scope (or for development) and never ships to production; without it,
 * a missing URL is a configuration error that says what to set.
 */
public interface EmbeddedDatabase extends AutoCloseable {

  /** The address of database {@code name} on this server. */
  DatabaseUrl url(String name);

  /** Stops the server; its data stays in its folder. */
  @Override
  void close();

  /** What {@code quarry-embedded} registers (in {@code META-INF/services}) to start its server. */
  interface Provider {

    /** Starts a server keeping its data in {@code dataDirectory}, creating the folder when missing. */
    EmbeddedDatabase start(Path dataDirectory);
  }

  /**
   * Starts the embedded server on the class path, keeping its data in {@code dataDirectory};
   * fails with a message naming both ways out when {@code quarry-embedded} is not there.
   */
  static EmbeddedDatabase start(Path dataDirectory) {
    Iterator<Provider> providers = ServiceLoader.load(Provider.class, EmbeddedDatabase.class.getClassLoader()).iterator();
    if (!providers.hasNext()) {
      throw new ConfigurationException("No database is configured. Set DATABASE_URL (postgresql://user:password@host:5432/"
          + "database), or add the artifact dev.quarry:quarry-embedded (test scope) to start an embedded PostgreSQL "
          + "in " + dataDirectory + ".");
    }
    return providers.next().start(dataDirectory);
  }
}
