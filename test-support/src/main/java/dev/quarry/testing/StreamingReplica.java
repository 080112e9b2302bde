package dev.quarry.testing;

import dev.quarry.runtime.config.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A primary PostgreSQL and a streaming replica of it, as processes of the test run: the primary
 * made by {@code initdb}, the replica by {@code pg_basebackup -R} from it, on free ports, from
 * Debian's PostgreSQL server binaries ({@code /usr/lib/postgresql/<major>/bin}, package
 * {@code postgresql}, installed by {@code .ci/run}; {@code PG_BINDIR} names others). PostgreSQL
 * refuses to run as root, so as root the servers run as the {@code postgres} user.
 */
public final class StreamingReplica implements AutoCloseable {

  private final Path bin;
  private final Path directory;
  private final int primaryPort;
  private final int replicaPort;

  private StreamingReplica(Path bin, Path directory, int primaryPort, int replicaPort) {
    this.bin = bin;
    this.directory = directory;
    this.primaryPort = primaryPort;
    this.replicaPort = replicaPort;
  }

  /** Starts a primary and one replica streaming from it; both accept connections when this returns. */
  public static StreamingReplica start() {
    Path bin = binaries();
    try {
      Path directory = Files.createTempDirectory("quarry-replication");
      StreamingReplica cluster = new StreamingReplica(bin, directory, PgBouncer.freePort(), PgBouncer.freePort());
      if (root()) {
        cluster.run("chown", "postgres", directory.toString());
      }
      cluster.runAsServer(bin.resolve("initdb").toString(), "-D", cluster.data("primary"), "-U", "postgres", "-A", "trust",
          "-E", "UTF8", "--locale=C", "--no-sync");
      cluster.startServer("primary", cluster.primaryPort);
      cluster.runAsServer(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(cluster.primaryPort),
          "-U", "postgres", "-D", cluster.data("replica"), "-R", "-X", "stream", "-c", "fast");
      cluster.startServer("replica", cluster.replicaPort);
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a primary and its replica", e);
    }
  }

  /** The primary's {@code postgres} database. */
  public DatabaseUrl primary() {
    return DatabaseUrl.parse("postgresql://postgres@127.0.0.1:" + primaryPort + "/postgres");
  }

  /** The replica's {@code postgres} database. */
  public DatabaseUrl replica() {
    return DatabaseUrl.parse("postgresql://postgres@127.0.0.1:" + replicaPort + "/postgres");
  }

  /** Stops the replica (immediately, as a crash would). */
  public void stopReplica() {
    runAsServer(bin.resolve("pg_ctl").toString(), "-D", data("replica"), "-m", "immediate", "-w", "stop");
  }

  /** Starts the replica again; it catches up by streaming. */
  public void startReplica() {
    startServer("replica", replicaPort);
  }

  private void startServer(String name, int port) {
    runAsServer(bin.resolve("pg_ctl").toString(), "-D", data(name), "-l", directory.resolve(name + ".log").toString(), "-w",
        "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
            + " -c fsync=off -c full_page_writes=off", "start");
  }

  private String data(String name) {
    return directory.resolve(name).toString();
  }

  private void runAsServer(String... command) {
    List<String> line = new ArrayList<>();
    if (root()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    run(line.toArray(String[]::new));
  }

  private void run(String... command) {
    try {
      Path output = Files.createTempFile(directory, "command", ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
            + Files.readString(output, StandardCharsets.UTF_8) + logs());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command[0], e);
    }
  }

  private String logs() {
    StringBuilder text = new StringBuilder();
    for (String name : List.of("primary", "replica")) {
      Path log = directory.resolve(name + ".log");
      if (Files.exists(log)) {
        try {
          text.append("\n--- ").append(name).append(".log\n").append(Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
          text.append("\n(").append(log).append(" unreadable)");
        }
      }
    }
    return text.toString();
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The newest PostgreSQL server binaries that include pg_basebackup. */
  private static Path binaries() {
    String given = System.getenv("PG_BINDIR");
    if (given != null) {
      return Path.of(given);
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("pg_basebackup")) && Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
          .orElseThrow();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("No PostgreSQL server binaries under /usr/lib/postgresql: install Debian's postgresql "
          + "package (.ci/run does) or set PG_BINDIR.", e);
    }
  }

  /** Stops both servers and removes their data. */
  @Override
  public void close() {
    for (String name : List.of("replica", "primary")) {
      if (Files.exists(directory.resolve(name).resolve("postmaster.pid"))) {
        try {
          runAsServer(bin.resolve("pg_ctl").toString(), "-D", data(name), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
          // Stopping is best effort: the folder goes either way.
        }
      }
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A temporary folder left behind is harmless.
    }
  }
}
