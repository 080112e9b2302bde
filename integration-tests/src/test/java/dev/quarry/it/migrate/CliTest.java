package dev.quarry.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.TestDatabase;
import dev.quarry.migrate.cli.QuarryCli;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.schema.SchemaJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code quarry} command line as a CI script sees it: output, files and exit codes. */
class CliTest {

  @TempDir Path project;
  Path schema;
  Path migrations;
  DatabaseUrl url;
  String out;
  String err;

  @BeforeEach
  void setUp() throws Exception {
    schema = project.resolve("schema.json");
    migrations = project.resolve("migrations");
    url = TestDatabase.create();
    write(MigrateTest.ROLE, MigrateTest.USER, MigrateTest.POST);
  }

  private void write(String... models) throws Exception {
    Files.writeString(schema, SchemaJson.write(Snapshots.of(models)));
  }

  private int run(String... args) {
    StringWriter output = new StringWriter();
    StringWriter errors = new StringWriter();
    int code = QuarryCli.run(new PrintWriter(output, true), new PrintWriter(errors, true), args);
    out = output.toString();
    err = errors.toString();
    return code;
  }

  private String jdbc() {
    return url.jdbcUrl() + (url.jdbcUrl().contains("?") ? "&" : "?") + "user=" + url.user();
  }

  private String[] with(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--url";
    all[args.length + 1] = jdbc();
    all[args.length + 2] = "--schema";
    all[args.length + 3] = schema.toString();
    all[args.length + 4] = "--migrations";
    all[args.length + 5] = migrations.toString();
    return all;
  }

  @Test
  void devStatusDiffAndDeployWithExitCodes() throws Exception {
    assertEquals(0, run(with("migrate", "dev", "--name", "init")), err);
    assertTrue(out.matches("(?s).*Applied \\d{14}_init in \\d+ ms.*"), out);
    assertEquals(0, run(with("migrate", "status")), err);
    assertTrue(out.contains("The database is up to date."), out);
    assertEquals(0, run("migrate", "diff", "--from-migrations", migrations.toString(), "--to-schema", schema.toString()));
    assertEquals("-- No difference.\n", out);
    assertEquals(0, run(with("migrate", "deploy")), err);
    assertTrue(out.contains("No pending migrations."), out);

    write(MigrateTest.ROLE, MigrateTest.USER.replace("@Nullable String name,", "@Nullable String name, @Nullable Integer age,"), MigrateTest.POST);
    assertEquals(0, run(with("migrate", "diff", "--from-database", "--to-schema", schema.toString())), err);
    assertTrue(out.contains("alter table \"users\" add \"age\" integer null;"), out);
    assertEquals(0, run(with("migrate", "diff", "--from-schema", schema.toString(), "--to-database")), err);
    assertTrue(out.contains("alter table \"users\" drop \"age\";"), out);
  }

  @Test
  void refusedDataLossDriftAndUnconfirmedResetHaveTheirOwnCodes() throws Exception {
    assertEquals(0, run(with("migrate", "dev", "--name", "init")), err);
    try (var connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password()); var statement = connection.createStatement()) {
      statement.execute("insert into users (email, name) values ('a@example.com', 'A')");
    }
    write(MigrateTest.ROLE, MigrateTest.USER.replace("@Nullable String name, ", ""), MigrateTest.POST);

    assertEquals(4, run(with("migrate", "dev", "--name", "drop name")));
    assertTrue(err.contains("--accept-data-loss"), err);

    try (var connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password()); var statement = connection.createStatement()) {
      statement.execute("create table by_hand (id int)");
    }
    assertEquals(3, run(with("migrate", "dev", "--name", "drop name", "--accept-data-loss")));
    assertTrue(err.contains("table by_hand exists in the database but in no migration"), err);
    assertEquals(1, run(with("migrate", "status")));

    assertEquals(1, run(with("migrate", "reset")));
    assertTrue(err.contains("Pass --force"), err);
    assertEquals(0, run(with("migrate", "reset", "--force")), err);
    assertEquals(0, run(with("migrate", "dev", "--name", "drop name", "--accept-data-loss")), err);
  }

  @Test
  void statusWithTheShadowUrlNamingTheDatabaseItselfExitsEightAndKeepsEveryRow() throws Exception {
    assertEquals(0, run(with("migrate", "dev", "--name", "init")), err);
    try (var connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password()); var statement = connection.createStatement()) {
      statement.execute("insert into users (email) select 'u' || n || '@example.com' from generate_series(1, 1000) n");
    }

    assertEquals(8, run(with("migrate", "status", "--shadow-database-url", jdbc())));
    assertTrue(err.contains("names the database being migrated"), err);
    assertTrue(!out.contains("up to date"), out);

    try (var connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password()); var statement = connection.createStatement();
        var rs = statement.executeQuery("select (select count(*) from users), (select count(*) from _quarry_migrations)")) {
      rs.next();
      assertEquals(1000, rs.getLong(1));
      assertEquals(1, rs.getLong(2));
    }
  }

  @Test
  void theUrlCanComeFromAFileSoNoPasswordShowsInTheProcessList() throws Exception {
    Path urlFile = project.resolve("database.url");
    Files.writeString(urlFile, "\n" + jdbc() + "\n");

    assertEquals(0, run("migrate", "dev", "--name", "init", "--url-file", urlFile.toString(), "--schema", schema.toString(),
        "--migrations", migrations.toString()), err);
    assertTrue(out.matches("(?s).*Applied \\d{14}_init in \\d+ ms.*"), out);
    assertEquals(2, run("migrate", "status", "--url-file", project.resolve("missing.url").toString(), "--migrations",
        migrations.toString()));
    assertTrue(err.contains("Cannot read the URL file"), err);
  }

  @Test
  void everyCommandHasHelpAndBadUsageIsCodeTwo() {
    assertEquals(0, run("migrate", "--help"));
    String overview = out;
    for (String command : new String[] {"dev", "deploy", "status", "reset", "diff", "resolve"}) {
      assertTrue(overview.contains(command), overview);
      assertEquals(0, run("migrate", command, "--help"));
      assertTrue(out.startsWith("Usage: quarry migrate " + command), out);
    }
    assertEquals(0, run("db", "push", "--help"));
    assertTrue(out.contains("--accept-data-loss"), out);
    assertEquals(2, run("migrate", "deploy", "--no-such-option"));
    assertEquals(2, run("migrate", "status", "--url", "mysql://root@localhost/shop"));
    assertTrue(err.contains("Unsupported database URL"), err);
    assertEquals(2, run("migrate", "status", "--url", "postgresql://app:s3cret@/shop"));
    assertTrue(err.contains("names no host") && !err.contains("s3cret"), err);
  }
}
