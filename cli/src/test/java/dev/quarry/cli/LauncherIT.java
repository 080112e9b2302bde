package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/quarry} over the built jar, as separate processes: what a user runs in a shell. */
class LauncherIT {

  @TempDir Path project;

  record Run(int code, String out) {}

  private Run quarry(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", System.getProperty("quarry.launcher")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().put("QUARRY_JAR", System.getProperty("quarry.jar"));
    builder.environment().remove("DATABASE_URL");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "quarry " + String.join(" ", args) + " finished");
    return new Run(process.exitValue(), out);
  }

  @Test
  void helpListsEveryCommandIncludingStudio() throws Exception {
    Run help = quarry("--help");

    assertEquals(0, help.code(), help.out());
    assertTrue(help.out().contains("migrate") && help.out().contains("db") && help.out().contains("studio"), help.out());
    Run studio = quarry("studio", "--help");
    assertEquals(0, studio.code(), studio.out());
    assertTrue(studio.out().startsWith("Usage: quarry studio"), studio.out());
  }

  @Test
  void aBadUrlIsBadUsage() throws Exception {
    Run run = quarry("migrate", "status", "--url", "mysql://root@localhost/shop");

    assertEquals(2, run.code(), run.out());
    assertTrue(run.out().contains("Unsupported database URL"), run.out());
  }

  @Test
  void migratesOnTheEmbeddedDatabaseWithoutAMavenProject() throws Exception {
    Path schema = project.resolve("schema.json");
    try (var in = LauncherIT.class.getResourceAsStream("/blog-schema.json")) {
      Files.copy(in, schema);
    }
    String[] where = {"--schema", schema.toString(), "--migrations", "migrations", "--data-dir", ".quarry/postgres"};

    Run dev = quarry(concat(new String[] {"migrate", "dev", "--name", "init"}, where));
    assertEquals(0, dev.code(), dev.out());
    assertTrue(dev.out().matches("(?s).*Applied \\d{14}_init in \\d+ ms.*"), dev.out());
    assertTrue(!dev.out().contains("SLF4J"), dev.out());

    Run status = quarry(concat(new String[] {"migrate", "status"}, where));
    assertEquals(0, status.code(), status.out());
    assertTrue(status.out().contains("The database is up to date."), status.out());
    assertTrue(Files.readString(project.resolve(".quarry/postgres/PG_VERSION")).startsWith("17"));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
