package dev.quarry.bench;

import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.prisma.PrismaImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The quick pass: every benchmark on one PostgreSQL (embedded unless {@code DATABASE_URL} names a
 * server), then a Markdown table of time and allocation per operation and the ratio to raw JDBC,
 * written to {@code benchmarks/RESULTS.md}; then whole-process start-up against raw JDBC, javac with the processor against
 * {@code -proc:none} on 200 models, and the Prisma import.
 */
public final class Report {

  private static final Pattern NAME = Pattern.compile("^(\\w+?)(RawJoin|RawAny|RawNPlusOne|Raw|Quarry|Jooq|Jdbi|Hibernate)$");
  private static final List<String> CONTENDERS = List.of("Raw", "RawJoin", "RawAny", "RawNPlusOne", "Quarry", "Jooq", "Jdbi", "Hibernate");

  /** How long and how often each benchmark runs. */
  record Pass(String name, int forks, int warmups, int iterations, int millis) {
    static Pass named(String name) {
      return switch (name) {
        case "quick" -> new Pass(name, 1, 2, 2, 800);
        case "full" -> new Pass(name, 2, 5, 5, 1000);
        default -> throw new IllegalArgumentException("quarry.bench.pass=" + name + ": give quick or full");
      };
    }

    String describe() {
      return String.format(Locale.ROOT, "%s pass (%d fork%s, %d × %.1f s warm-up, %d × %.1f s measurement, average time)",
          name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1), forks, forks == 1 ? "" : "s", warmups, millis / 1000.0,
          iterations, millis / 1000.0);
    }
  }

  private Report() {}

  /**
   * Runs the pass {@code quarry.bench.pass} names (quick by default) over the benchmarks whose
   * names match {@code quarry.bench.include}; the first argument, if any, is the output file.
   */
  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "RESULTS.md");
    EmbeddedPostgres embedded = null;
    DatabaseUrl url = DatabaseUrl.fromEnvironment().orElse(null);
    if (url == null) {
      embedded = EmbeddedPostgres.startTemporary();
      url = embedded.url("postgres");
    }
    try {
      String server = serverVersion(url);
      String jdbc = url.jdbcUrl() + (url.jdbcUrl().contains("?") ? "&" : "?") + "user=" + (url.user() == null ? "postgres" : url.user())
          + (url.password() == null ? "" : "&password=" + url.password());
      Pass pass = Pass.named(System.getProperty("quarry.bench.pass", "quick"));
      String include = System.getProperty("quarry.bench.include", ".*");
      Options options = new OptionsBuilder()
          .include("dev\\.quarry\\.bench\\.(Reads|Writes|Includes|Batches|Overhead|Concurrent)\\.(" + include + ")")
          .forks(pass.forks())
          .warmupIterations(pass.warmups()).warmupTime(TimeValue.milliseconds(pass.millis()))
          .measurementIterations(pass.iterations()).measurementTime(TimeValue.milliseconds(pass.millis()))
          .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
          .timeUnit(java.util.concurrent.TimeUnit.MICROSECONDS)
          .addProfiler(GCProfiler.class)
          .jvmArgsAppend("-Dquarry.bench.url=" + jdbc, "-Xms1g", "-Xmx1g")
          .build();
      Collection<RunResult> results = new Runner(options).run();
      String compile = startup(url) + "\n" + ProcessorCost.report(Files.createTempDirectory("quarry-200-models"), 3) + "\n" + importCost();
      String table = table(results, pass, server, compile);
      Files.writeString(output, table, StandardCharsets.UTF_8);
      System.out.println(table);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static String serverVersion(DatabaseUrl url) throws Exception {
    try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user() == null ? "postgres" : url.user(), url.password());
        ResultSet rs = c.createStatement().executeQuery("show server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    }
  }

  private record Row(double micros, double bytes) {}

  static String table(Collection<RunResult> results, Pass pass, String server, String compile) {
    Map<String, Map<String, Row>> byOperation = new TreeMap<>();
    Map<String, Row> overhead = new TreeMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      if (benchmark.contains(".Overhead.")) {
        Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
        overhead.put(method, new Row(result.getPrimaryResult().getScore(), alloc == null ? Double.NaN : alloc.getScore()));
        continue;
      }
      Matcher m = NAME.matcher(method);
      if (!m.matches()) {
        continue;
      }
      Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
      byOperation.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
          .put(m.group(2), new Row(result.getPrimaryResult().getScore(), alloc == null ? Double.NaN : alloc.getScore()));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks: Quarry against raw JDBC and its peers\n\n");
    out.append(pass.describe()).append(", ").append(LocalDate.now())
        .append(", on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(System.getProperty("os.name"))
        .append(' ').append(System.getProperty("os.arch")).append(", Java ").append(System.getProperty("java.version"))
        .append(", ").append(server).append(". Time in µs per operation, allocation in bytes per operation (`-prof gc`), ratio to")
        .append(" raw JDBC (for the include: to the better of the two raw baselines). Each warm-up runs thousands of calls, past the")
        .append(" driver's prepareThreshold (5), so every contender runs on server-side prepared statements")
        .append(pass.name().equals("quick") ? ". Wide error bars: this is a quick pass.\n\n" : ".\n\n");
    out.append("| operation | contender | µs/op | B/op | × raw |\n|---|---|---:|---:|---:|\n");
    for (Map.Entry<String, Map<String, Row>> operation : byOperation.entrySet()) {
      Map<String, Row> rows = operation.getValue();
      double baseline = rows.containsKey("Raw") ? rows.get("Raw").micros()
          : Math.min(rows.getOrDefault("RawJoin", new Row(Double.MAX_VALUE, 0)).micros(), rows.getOrDefault("RawAny", new Row(Double.MAX_VALUE, 0)).micros());
      for (String contender : CONTENDERS) {
        Row row = rows.get(contender);
        if (row != null) {
          out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.0f | %.2f |%n", operation.getKey(), contender, row.micros(), row.bytes(),
              row.micros() / baseline));
        }
      }
    }
    if (!overhead.isEmpty()) {
      out.append("\nQuarry's own work per statement, no database (building the query, finding its SQL by shape, collecting the values):");
      overhead.forEach((operation, row) -> out.append(String.format(Locale.ROOT, " %s %.2f µs and %.0f B;", operation, row.micros(), row.bytes())));
      out.setLength(out.length() - 1);
      out.append(". The rest of each Quarry figure above is the driver, the network and the server.\n");
    }
    Row bulk = byOperation.getOrDefault("bulk", Map.of()).get("Quarry");
    Row batch = byOperation.getOrDefault("batch", Map.of()).get("Raw");
    if (bulk != null && batch != null) {
      out.append(String.format(Locale.ROOT, "%nBulk load: Quarry's createMany of %,d rows (COPY) took %.1f ms, %.2f times faster than raw JDBC's"
          + " rewritten batch (%.1f ms).%n", Batches.ROWS, bulk.micros() / 1000, batch.micros() / bulk.micros(), batch.micros() / 1000));
    }
    out.append("\n").append(compile).append("\n");
    return out.toString();
  }

  /** Imports a 100-model Prisma schema (related in a chain, with enums, indexes and native types), cold, in-process. */
  static String importCost() throws IOException {
    Path dir = Files.createTempDirectory("quarry-100-prisma-models");
    StringBuilder schema = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n}\n\nenum Kind {\n  A\n  B\n}\n");
    for (int i = 0; i < 100; i++) {
      schema.append("\nmodel M").append(i).append(" {\n  id Int @id @default(autoincrement())\n  code String @unique @db.VarChar(40)\n")
          .append("  kind Kind @default(A)\n  price Decimal?\n  tags String[]\n  createdAt DateTime @default(now())\n")
          .append("  updatedAt DateTime @updatedAt\n");
      if (i > 0) {
        schema.append("  parent M").append(i - 1).append(" @relation(fields: [parentId], references: [id])\n  parentId Int\n");
      }
      if (i < 99) {
        schema.append("  children M").append(i + 1).append("[]\n");
      }
      schema.append("\n  @@index([createdAt(sort: Desc)])\n}\n");
    }
    Path file = Files.writeString(dir.resolve("schema.prisma"), schema);
    long start = System.nanoTime();
    ImportResult result = PrismaImport.run(file, "m", dir.resolve("src"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return String.format(Locale.ROOT, "Import: `quarry import prisma` of a %d-model schema (cold, in-process, sources written) took %d ms.",
        result.models(), millis);
  }

  /**
   * Whole-process start-up against a database of the benchmark's schema with one user: raw JDBC,
   * Quarry with compiled lookups, and Quarry rendering a shape.
   */
  static String startup(DatabaseUrl server) throws Exception {
    String name = "quarry_startup_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String user = server.user() == null ? "postgres" : server.user();
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(), user, server.password())) {
      c.createStatement().execute("create database " + name);
    }
    String jdbc = server.jdbcUrl().replaceFirst("(//[^/]*/)[^?]*", "$1" + name);
    jdbc = jdbc + (jdbc.contains("?") ? "&" : "?") + "user=" + user + (server.password() == null ? "" : "&password=" + server.password());
    try (dev.quarry.runtime.Database database = dev.quarry.runtime.Database.builder().url(jdbc).poolSize(1).build()) {
      dev.quarry.migrate.SchemaDdl.create(dev.quarry.runtime.SchemaSnapshots.fromClasspath(Report.class.getClassLoader()))
          .forEach(database::executeRaw);
      database.executeRaw("insert into users (email, name) values ('start@example.com', 'Start')");
    }
    return Startup.report(jdbc, "1", 11);
  }

}
