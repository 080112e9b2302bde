package dev.quarry.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.TestDatabase;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.migrate.DevOptions;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shadow database the user names is emptied before and after use, so Quarry must never take the
 * database being migrated, however its address is spelt, nor one holding data of its own.
 */
class ShadowDatabaseTest {

  @TempDir Path project;
  DatabaseUrl url;
  Database db;

  @BeforeEach
  void migratedDatabaseWithRows() {
    url = TestDatabase.create();
    db = Database.builder().url(url).poolSize(2).build();
    migrator(null).dev(Snapshots.of(MigrateTest.ROLE, MigrateTest.USER, MigrateTest.POST), DevOptions.named("init"));
    db.executeRaw("insert into users (email) select 'user' || n || '@example.com' from generate_series(1, 1000) n");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Migrator migrator(DatabaseUrl shadow) {
    Migrator.Settings settings = Migrator.Settings.of(TestDatabase.dataSource(url), url,
        MigrationsFolder.read(project.resolve(MigrationsFolder.DEFAULT_DIRECTORY)));
    return new Migrator(shadow == null ? settings : settings.withShadow(shadow));
  }


  private void assertUntouched() {
    assertEquals(1000L, db.queryRaw("select count(*) from users", rs -> rs.getLong(1)).get(0));
    assertEquals(1L, db.queryRaw("select count(*) from _quarry_migrations where finished_at is not null", rs -> rs.getLong(1)).get(0));
  }

  @Test
  void theDatabaseBeingMigratedIsNeverTakenAsTheShadow() {
    MigrationException e = assertThrows(MigrationException.class, () -> migrator(url).status(true));

    assertEquals(MigrationException.Reason.SHADOW, e.reason());
    assertTrue(e.getMessage().contains("names the database being migrated") && e.getMessage().contains("Nothing was changed"),
        e.getMessage());
    assertUntouched();
  }

  @Test
  void theDatabaseBeingMigratedIsRecognisedUnderAnotherAddress() {
    String other = url.jdbcUrl().contains("localhost") ? url.jdbcUrl().replace("localhost", "127.0.0.1")
        : url.jdbcUrl().replace("127.0.0.1", "localhost");
    DatabaseUrl sameDatabase = new DatabaseUrl(other + (other.contains("?") ? "&" : "?") + "ApplicationName=elsewhere",
        url.user(), url.password());

    MigrationException e = assertThrows(MigrationException.class,
        () -> migrator(sameDatabase).dev(Snapshots.of(MigrateTest.ROLE, MigrateTest.USER, MigrateTest.POST), DevOptions.named("again")));

    assertEquals(MigrationException.Reason.SHADOW, e.reason());
    assertUntouched();
  }

  @Test
  void aShadowHoldingObjectsQuarryDidNotLeaveIsRefused() {
    DatabaseUrl shadow = TestDatabase.create();
    try (Database other = Database.builder().url(shadow).poolSize(1).build()) {
      other.executeRaw("create table invoices (id integer primary key)");
      other.executeRaw("insert into invoices values (1), (2)");

      MigrationException e = assertThrows(MigrationException.class, () -> migrator(shadow).status(true));

      assertEquals(MigrationException.Reason.SHADOW, e.reason());
      assertTrue(e.getMessage().contains("is not empty (it holds table invoices)"), e.getMessage());
      assertEquals(2L, other.queryRaw("select count(*) from invoices", rs -> rs.getLong(1)).get(0));
    }
    assertUntouched();
  }

  @Test
  void anEmptyShadowIsUsedLeftEmptyAndTakenAgainAfterAnInterruptedRun() {
    DatabaseUrl shadow = TestDatabase.create();

    assertTrue(migrator(shadow).status(true).upToDate());

    try (Database other = Database.builder().url(shadow).poolSize(1).build()) {
      assertEquals(List.of(0L), other.queryRaw("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
          + "where n.nspname = 'public'", rs -> rs.getLong(1)));
      // What a killed migrate command leaves behind: a replayed schema in a shadow Quarry had emptied.
      other.executeRaw("create table users (id integer)");
    }
    db.executeRaw("alter table users add column age integer");

    assertEquals(List.of("column users.age integer exists in the database but in no migration"), migrator(shadow).status(true).drift());
    assertEquals(1000L, db.queryRaw("select count(*) from users", rs -> rs.getLong(1)).get(0));
  }
}
