package dev.quarry.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.TestDatabase;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrate when things go wrong: migrations that run long, fail half-way, or lose their process. */
class MigrateFaultTest {

  @TempDir Path folder;
  DatabaseUrl url;
  Database db;
  final List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void database() throws Exception {
    url = TestDatabase.create();
    db = Database.builder().url(url).poolSize(2).build();
    Files.writeString(folder.resolve(MigrationsFolder.LOCK_FILE), "provider = \"postgresql\"\n");
    migration("20240101000000_init", "create table items (id integer primary key, code text);\n");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void migration(String name, String sql) throws Exception {
    Files.createDirectories(folder.resolve(name));
    Files.writeString(folder.resolve(name).resolve("migration.sql"), sql);
  }

  private Migrator migrator(Duration lockWait) {
    return new Migrator(Migrator.Settings.of(TestDatabase.dataSource(url), url, MigrationsFolder.read(folder))
        .withOut(output::add).withLockWait(lockWait));
  }

  private long count(String sql) {
    return db.queryRaw(sql, rs -> rs.getLong(1)).get(0);
  }

  private void awaitRunning(String name) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (count("select count(*) from pg_stat_activity where application_name = 'quarry migrate " + name + "' and state = 'active'") == 0) {
      assertTrue(System.nanoTime() < deadline, name + " never started");
      Thread.sleep(20);
    }
  }

  @Test
  void aMigrationOutsideATransactionRunsStatementByStatement() throws Exception {
    migrator(Duration.ofSeconds(5)).deploy();
    migration("20240102000000_indexes", "-- quarry:no-transaction\ncreate index concurrently items_code_idx on items (code);\n"
        + "create index concurrently items_id_code_idx on items (id, code);\n");

    assertEquals(List.of("20240102000000_indexes"), migrator(Duration.ofSeconds(5)).deploy());

    assertEquals(2, count("select count(*) from pg_indexes where indexname in ('items_code_idx', 'items_id_code_idx')"));
    assertEquals(2, count("select applied_steps_count from _quarry_migrations where migration_name = '20240102000000_indexes'"));
    assertTrue(migrator(Duration.ofSeconds(5)).status(true).upToDate(), "the shadow replays it the same way");
  }

  @Test
  void aFailedConcurrentIndexSaysWhatStaysAndResolveDropsTheInvalidIndexSoTheRecoveryWorks() throws Exception {
    migrator(Duration.ofSeconds(5)).deploy();
    db.executeRaw("insert into items values (1, 'a'), (2, 'a')");
    migration("20240102000000_unique_code", "-- quarry:no-transaction\n"
        + "create index concurrently if not exists items_id_code_idx on items (id, code);\n"
        + "create unique index concurrently items_code_key on items (code);\n"
        + "comment on table items is 'indexed';\n");

    MigrationException failed = assertThrows(MigrationException.class, () -> migrator(Duration.ofSeconds(5)).deploy());

    assertTrue(failed.getMessage().contains("Statement 2 of 3 failed: create unique index concurrently items_code_key on items (code)"),
        failed.getMessage());
    assertTrue(failed.getMessage().contains("statement 1 stays applied"), failed.getMessage());
    assertTrue(failed.getMessage().contains("It left the invalid index items_code_key"), failed.getMessage());
    assertEquals(1, count("select applied_steps_count from _quarry_migrations where migration_name = '20240102000000_unique_code'"));
    assertEquals(List.of("20240102000000_unique_code"), migrator(Duration.ofSeconds(5)).status(false).failed());

    db.executeRaw("update items set code = 'b' where id = 2");
    migrator(Duration.ofSeconds(5)).resolveRolledBack("20240102000000_unique_code");
    assertTrue(output.contains("Dropped the invalid index items_code_key that the failed run left."), output.toString());
    assertEquals(List.of("20240102000000_unique_code"), migrator(Duration.ofSeconds(5)).deploy());
    assertEquals(1, count("select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid "
        + "where c.relname = 'items_code_key' and i.indisvalid and i.indisunique"));
  }

  @Test
  void aRunningMigrationIsInProgressAndResolveWaitsForTheLockInsteadOfRunningItTwice() throws Exception {
    migration("20240102000000_slow", "insert into items values (1, 'once');\nselect pg_sleep(3);\n");
    CompletableFuture<List<String>> deploy = CompletableFuture.supplyAsync(() -> migrator(Duration.ofSeconds(5)).deploy());
    awaitRunning("20240102000000_slow");

    Migrator.Status status = migrator(Duration.ofSeconds(5)).status(false);
    assertEquals(List.of(), status.failed(), status.toString());
    assertFalse(status.pending().contains("20240102000000_slow"), status.toString());
    assertEquals(1, status.inProgress().size(), status.toString());
    assertTrue(status.inProgress().get(0).startsWith("20240102000000_slow — running on the server (pid "), status.toString());
    assertTrue(status.inProgress().get(0).contains("lock held by pid "), status.toString());
    assertFalse(status.upToDate());

    MigrationException refused = assertThrows(MigrationException.class,
        () -> migrator(Duration.ofMillis(500)).resolveRolledBack("20240102000000_slow"));
    assertEquals(MigrationException.Reason.LOCKED, refused.reason());

    assertEquals(List.of("20240101000000_init", "20240102000000_slow"), deploy.get(30, TimeUnit.SECONDS));
    assertEquals(1, count("select count(*) from items where code = 'once'"), "the body ran once");
    assertTrue(migrator(Duration.ofSeconds(5)).status(false).upToDate());
  }

  @Test
  void aDeployKilledMidMigrationLeavesAHistoryTheNextDeployExplainsAndRecoversFrom() throws Exception {
    migrator(Duration.ofSeconds(5)).deploy();
    migration("20240102000000_long", "insert into items values (7, 'half');\nselect pg_sleep(2);\n");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), DeployProcess.class.getName(), url.jdbcUrl(), url.user() == null ? "" : url.user(),
        folder.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitRunning("20240102000000_long");

    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    // Its statement may still run on the server: the next deploy says so rather than running it again.
    MigrationException stillRunning = assertThrows(MigrationException.class, () -> migrator(Duration.ofSeconds(5)).deploy());
    assertTrue(stillRunning.getMessage().contains("is still running on the server") || stillRunning.getMessage().contains("was interrupted"),
        stillRunning.getMessage());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (count("select count(*) from pg_stat_activity where application_name like 'quarry migrate %'") > 0) {
      assertTrue(System.nanoTime() < deadline, "the orphaned statement ends");
      Thread.sleep(50);
    }
    MigrationException interrupted = assertThrows(MigrationException.class, () -> migrator(Duration.ofSeconds(5)).deploy());
    assertTrue(interrupted.getMessage().contains("20240102000000_long was interrupted"), interrupted.getMessage());
    assertEquals(0, count("select count(*) from items where id = 7"), "PostgreSQL rolled the transaction back");
    assertEquals(List.of("20240102000000_long"), migrator(Duration.ofSeconds(5)).status(false).failed());

    migrator(Duration.ofSeconds(5)).resolveRolledBack("20240102000000_long");
    assertEquals(List.of("20240102000000_long"), migrator(Duration.ofSeconds(5)).deploy());
    assertEquals(1, count("select count(*) from items where id = 7"));
  }
}
