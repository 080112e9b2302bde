package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

  @Test
  void importsAPrismaSchemaAndNeverReplacesRecordsUnlessAsked() throws Exception {
    Files.writeString(project.resolve("schema.prisma"), """
        model User {
          id    Int    @id @default(autoincrement())
          email String @unique
          posts Post[]
        }

        model Post {
          id       Int  @id @default(autoincrement())
          author   User @relation(fields: [authorId], references: [id])
          authorId Int
        }
        """);

    Run first = quarry("import", "prisma", "schema.prisma", "--package", "com.acme.model", "--out", "src");
    assertEquals(0, first.code(), first.out());
    assertTrue(first.out().startsWith("Imported from schema.prisma: 2 models and 0 enums into src/com/acme/model (3 files)."), first.out());
    assertTrue(Files.readString(project.resolve("src/com/acme/model/Post.java")).contains("public record Post("));

    Files.writeString(project.resolve("src/com/acme/model/Post.java"), "// edited by hand\n", StandardOpenOption.APPEND);
    Run again = quarry("import", "prisma", "schema.prisma", "--package", "com.acme.model", "--out", "src");
    assertEquals(1, again.code(), again.out());
    assertTrue(again.out().startsWith("Nothing was written: 3 of the files to write already exist"), again.out());
    assertTrue(again.out().strip().endsWith("let the import replace them: --overwrite."), again.out());
    assertTrue(Files.readString(project.resolve("src/com/acme/model/Post.java")).endsWith("// edited by hand\n"));

    Run replaced = quarry("import", "prisma", "schema.prisma", "--package", "com.acme.model", "--out", "src", "--overwrite");
    assertEquals(0, replaced.code(), replaced.out());
    assertTrue(!Files.readString(project.resolve("src/com/acme/model/Post.java")).contains("edited by hand"));

    Files.writeString(project.resolve("broken.prisma"), "model A {\n  id Int @id\n");
    Run broken = quarry("import", "prisma", "broken.prisma", "--package", "com.acme.model", "--out", "other");
    assertEquals(1, broken.code(), broken.out());
    assertEquals("broken.prisma:1:1: the model A is not closed with '}'", broken.out().strip());
  }

  @Test
  void pullsRecordsFromADatabaseAScriptMade() throws Exception {
    Files.writeString(project.resolve("shop.sql"), """
        create table customers (id integer generated by default as identity primary key, email text not null unique);
        create table orders (id serial primary key, customer_id integer not null references customers (id));
        """);
    String[] where = {"--data-dir", ".quarry/postgres"};

    Run execute = quarry(concat(new String[] {"db", "execute", "--file", "shop.sql"}, where));
    assertEquals(0, execute.code(), execute.out());
    assertTrue(execute.out().contains("Ran 2 statement(s)."), execute.out());

    Run pull = quarry(concat(new String[] {"db", "pull", "--package", "com.acme.shop", "--out", "src"}, where));
    assertEquals(0, pull.code(), pull.out());
    assertTrue(pull.out().contains("Pulled 2 models and 0 enums into src/com/acme/shop (3 files)."), pull.out());
    String order = Files.readString(project.resolve("src/com/acme/shop/Order.java"));
    assertTrue(order.contains("@Relation(fields = \"customerId\", references = \"id\", onDelete = ReferentialAction.NO_ACTION, "
        + "onUpdate = ReferentialAction.NO_ACTION) Customer customer"), order);

    Run again = quarry(concat(new String[] {"db", "pull", "--package", "com.acme.shop", "--out", "src"}, where));
    assertEquals(1, again.code(), again.out());
    assertTrue(again.out().strip().endsWith("let the import replace them: --overwrite."), again.out());
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
