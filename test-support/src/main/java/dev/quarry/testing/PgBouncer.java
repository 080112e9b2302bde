package dev.quarry.testing;

import dev.quarry.runtime.config.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's PgBouncer in front of one database, as a process of the test run: transaction
 * pooling over a few server connections, so many clients share them as they do in production.
 * The binary is {@code /usr/sbin/pgbouncer} (package {@code pgbouncer}, installed by
 * {@code .ci/run}) or the one {@code PGBOUNCER} names.
 */
public final class PgBouncer implements AutoCloseable {

  private final Process process;
  private final Path directory;
  private final int port;
  private final String database;

  private PgBouncer(Process process, Path directory, int port, String database) {
    this.process = process;
    this.directory = directory;
    this.port = port;
    this.database = database;
  }

  /**
   * Starts PgBouncer in transaction-pooling mode before {@code target}'s database, with at most
   * {@code serverConnections} connections to the server whatever the number of clients.
   */
  public static PgBouncer start(DatabaseUrl target, int serverConnections) {
    Path binary = Path.of(System.getenv().getOrDefault("PGBOUNCER", "/usr/sbin/pgbouncer"));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException("No PgBouncer at " + binary + ": install Debian's pgbouncer package (.ci/run does) "
          + "or set PGBOUNCER to its path.");
    }
    URI server = URI.create(target.jdbcUrl().substring("jdbc:".length()));
    String database = server.getPath().substring(1);
    String user = target.user() != null ? target.user() : "postgres";
    try {
      Path directory = Files.createTempDirectory("quarry-pgbouncer");
      int port = freePort();
      Path config = directory.resolve("pgbouncer.ini");
      Files.writeString(config, String.join("\n",
          "[databases]",
          database + " = host=" + server.getHost() + " port=" + server.getPort() + " dbname=" + database + " user=" + user
              + (target.password() != null ? " password=" + target.password() : ""),
          "[pgbouncer]",
          "listen_addr = 127.0.0.1",
          "listen_port = " + port,
          "unix_socket_dir =",
          // Clients are not checked: the database line names the server's user.
          "auth_type = any",
          "pool_mode = transaction",
          "default_pool_size = " + serverConnections,
          "max_client_conn = 500",
          // The JDBC driver sends extra_float_digits at start-up; PgBouncer must let it pass.
          "ignore_startup_parameters = extra_float_digits,options",
          "logfile =",
          "pidfile =",
          ""), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(List.of(binary.toString()));
      if ("root".equals(System.getProperty("user.name"))) {
        // PgBouncer refuses to run as root.
        command.addAll(List.of("-u", "nobody"));
      }
      command.add(config.toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(directory.resolve("pgbouncer.log").toFile()).start();
      PgBouncer bouncer = new PgBouncer(process, directory, port, database);
      bouncer.awaitListening();
      return bouncer;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start PgBouncer", e);
    }
  }

  /** The database through PgBouncer, with {@code parameters} (such as {@code pgbouncer=true}) in its query. */
  public DatabaseUrl url(String parameters) {
    return DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:" + port + "/" + database
        + (parameters.isEmpty() ? "" : "?" + parameters));
  }

  /** What PgBouncer logged so far. */
  public String log() {
    try {
      return Files.readString(directory.resolve("pgbouncer.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("PgBouncer exited with " + process.exitValue() + ":\n" + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    close();
    throw new IllegalStateException("PgBouncer did not listen on port " + port + " within 15 s:\n" + log());
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while PgBouncer started", e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Stops PgBouncer and removes its folder. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A temporary folder left behind is harmless.
    }
  }
}
