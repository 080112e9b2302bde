package dev.quarry.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.QuarryClient;
import dev.quarry.bench.model.User;
import dev.quarry.bench.model.User_;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process start-up: a fresh JVM opens a pool to a database and runs one lookup by id, as
 * raw JDBC (HikariCP and a prepared statement) or as Quarry (a {@code Database} from the URL and
 * {@code findUnique}). {@link #main} with {@code raw} or {@code quarry} is one such process and
 * prints its milliseconds from JVM start to the row; with {@code report} it runs each many times,
 * alternating, and prints the medians (a process level figure JMH cannot give).
 */
public final class Startup {

  private Startup() {}

  /** {@code raw URL ID}, {@code quarry URL ID}, or {@code report URL ID RUNS [FILE]}. */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "raw" -> System.out.println(elapsed(raw(DatabaseUrl.parse(args[1]), Long.parseLong(args[2]))));
      case "quarry" -> System.out.println(elapsed(quarry(args[1], Long.parseLong(args[2]), false)));
      case "rendered" -> System.out.println(elapsed(quarry(args[1], Long.parseLong(args[2]), true)));
      case "report" -> {
        String table = report(args[1], args[2], Integer.parseInt(args[3]));
        System.out.print(table);
        if (args.length > 4) {
          Files.writeString(Path.of(args[4]), table);
        }
      }
      default -> throw new IllegalArgumentException("raw, quarry or report, not " + args[0]);
    }
  }

  private static String raw(DatabaseUrl url, long id) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    config.setUsername(url.user());
    config.setPassword(url.password());
    config.setMaximumPoolSize(4);
    try (HikariDataSource pool = new HikariDataSource(config);
        Connection connection = pool.getConnection();
        PreparedStatement statement = connection.prepareStatement("select id, email, name, created_at from users where id = ?")) {
      statement.setLong(1, id);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(2);
      }
    }
  }

  /** A lookup by id; {@code rendered}: one whose shape (a selection) has no compiled SQL, so the renderer starts. */
  private static String quarry(String url, long id, boolean rendered) {
    try (Database database = Database.builder().url(url).poolSize(4).build()) {
      User user = rendered
          ? new QuarryClient(database).users().findUniqueOrThrow(User_.id(id), q -> q.select(User_.ID, User_.EMAIL))
          : new QuarryClient(database).users().findUniqueOrThrow(User_.id(id));
      return user.email();
    }
  }

  /** Milliseconds since the JVM started, after checking the lookup found its row. */
  private static long elapsed(String email) {
    if (email == null) {
      throw new IllegalStateException("no row");
    }
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /** The start-up table: each mode run {@code runs} times in fresh processes against {@code url}, looking up user {@code id}. */
  static String report(String url, String id, int runs) throws Exception {
    List<Long> raw = new ArrayList<>();
    List<Long> quarry = new ArrayList<>();
    List<Long> rendered = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      raw.add(child("raw", url, id));
      quarry.add(child("quarry", url, id));
      rendered.add(child("rendered", url, id));
    }
    long rawMedian = median(raw);
    long quarryMedian = median(quarry);
    long renderedMedian = median(rendered);
    String table = String.format(Locale.ROOT, """
        | start-up (JVM start to first row, median of %d processes each) | ms | × raw |
        |---|---:|---:|
        | Raw (HikariCP, prepared statement) | %d | 1.00 |
        | Quarry (`Database` from the URL, `findUnique`: SQL compiled in, no renderer loaded) | %d | %.2f |
        | Quarry, a shape rendered at run time (`findUnique` with a selection: jOOQ starts) | %d | %.2f |
        """, runs, rawMedian, quarryMedian, (double) quarryMedian / rawMedian, renderedMedian, (double) renderedMedian / rawMedian);
    return table;
  }

  private static long child(String mode, String url, String id) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Startup.class.getName(), mode, url, id)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes()).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mode + " failed: " + out);
    }
    String[] lines = out.split("\n");
    return Long.parseLong(lines[lines.length - 1].strip());
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
