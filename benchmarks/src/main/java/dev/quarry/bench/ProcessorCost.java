package dev.quarry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the processor adds to a build: javac over 200 related models in a fresh JVM, with the
 * processor (its generated code compiled too) and with {@code -proc:none}, alternating, each run
 * several times; the medians of wall time and peak heap, and their ratio. {@code report DIR RUNS
 * [FILE]} runs the comparison; {@code compile DIR MODE} is one run, printing {@code millis peakMb}.
 */
public final class ProcessorCost {

  private ProcessorCost() {}

  /** {@code report DIR RUNS [FILE]} or {@code compile DIR MODE}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    if (args[0].equals("compile")) {
      System.out.println(compile(dir, args[2]));
      return;
    }
    String table = report(dir, Integer.parseInt(args[2]));
    System.out.print(table);
    if (args.length > 3) {
      Files.writeString(Path.of(args[3]), table);
    }
  }

  /** The comparison table: each mode run {@code runs} times in fresh JVMs over 200 models written to {@code dir}. */
  static String report(Path dir, int runs) throws Exception {
    List<String> sources = write(dir);
    List<long[]> plain = new ArrayList<>();
    List<long[]> processed = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      plain.add(child(dir, "none"));
      processed.add(child(dir, "processor"));
    }
    long plainMillis = median(plain, 0);
    long processedMillis = median(processed, 0);
    long plainHeap = median(plain, 1);
    long processedHeap = median(processed, 1);
    String table = String.format(Locale.ROOT, """
        | javac over %d related models (fresh JVM each, median of %d) | ms | × `-proc:none` | peak heap MB | × `-proc:none` |
        |---|---:|---:|---:|---:|
        | `-proc:none` | %d | 1.00 | %d | 1.00 |
        | with the processor (generated code compiled too) | %d | %.2f | %d | %.2f |
        """, sources.size(), runs, plainMillis, plainHeap, processedMillis, (double) processedMillis / plainMillis, processedHeap,
        (double) processedHeap / plainHeap);
    return table;
  }

  /** 200 models, each related to the one before (a to-one) and after (a to-many). */
  static List<String> write(Path dir) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/m"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String relation = i == 0 ? "" : ", @Relation(fields = \"parentId\", references = \"id\") M" + (i - 1) + " parent, long parentId";
      String inverse = i == 199 ? "" : ", List<M" + (i + 1) + "> children";
      String source = "package m;\nimport dev.quarry.annotations.*;\nimport java.time.Instant;\nimport java.util.List;\n"
          + "@Model public record M" + i + "(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id, @Unique String code, "
          + "@Nullable String name, int rank, @Default(function = DefaultFunction.NOW) Instant createdAt" + relation + inverse + ") {}\n";
      Path file = src.resolve("M" + i + ".java");
      Files.writeString(file, source);
      files.add(file.toString());
    }
    return files;
  }

  /** One javac run: {@code none} ({@code -proc:none}), {@code only} ({@code -proc:only}: processing, nothing compiled), or {@code processor}. */
  private static String compile(Path dir, String mode) throws IOException {
    Path classes = dir.resolve("classes-" + mode);
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-s", Files.createDirectories(dir.resolve("generated-" + mode))
        .toString(), "-classpath", System.getProperty("java.class.path"), "-nowarn", "-Aquarry.inject=false"));
    switch (mode) {
      case "none" -> arguments.add("-proc:none");
      case "only" -> arguments.add("-proc:only");
      default -> { }
    }
    try (var files = Files.list(dir.resolve("src/m"))) {
      files.map(Path::toString).sorted().forEach(arguments::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    long start = System.nanoTime();
    int code = javac.run(null, null, null, arguments.toArray(String[]::new));
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (code != 0) {
      throw new IllegalStateException("javac failed: " + code);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return millis + " " + peak / (1024 * 1024);
  }

  private static long[] child(Path dir, String mode) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ProcessorCost.class.getName(), "compile", dir.toString(), mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes()).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mode + " failed: " + out);
    }
    String[] last = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
    return new long[] {Long.parseLong(last[0]), Long.parseLong(last[1])};
  }

  private static long median(List<long[]> runs, int field) {
    List<Long> sorted = runs.stream().map(run -> run[field]).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
