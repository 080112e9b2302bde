package dev.quarry.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.TestDatabase;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.migrate.Catalog;
import dev.quarry.migrate.Change;
import dev.quarry.migrate.DataLoss;
import dev.quarry.migrate.DevOptions;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrate end to end: the blog evolves through migrate dev, deploy guards the history. */
class MigrateTest {

  @TempDir Path project;
  Path folder;
  DatabaseUrl url;
  Database db;
  final List<String> output = new ArrayList<>();

  @BeforeEach
  void database() {
    folder = project.resolve(MigrationsFolder.DEFAULT_DIRECTORY);
    url = TestDatabase.create();
    db = Database.builder().url(url).poolSize(3).build();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Migrator migrator() {
    return new Migrator(Migrator.Settings.of(TestDatabase.dataSource(url), url, MigrationsFolder.read(folder)).withOut(output::add));
  }


  private Migrator.DevResult dev(String name, String... models) {
    return migrator().dev(Snapshots.of(models), DevOptions.named(name));
  }

  private List<String> catalog() {
    return Catalog.read(db).lines();
  }

  private String lastScript() throws Exception {
    List<Path> dirs;
    try (var list = Files.list(folder)) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    }
    return Files.readString(dirs.get(dirs.size() - 1).resolve("migration.sql"), StandardCharsets.UTF_8);
  }

  static final String ROLE = "enum Role { USER, ADMIN }";
  static final String USER = "@Model record User(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Unique String email, @Nullable String name, @Default(\"USER\") Role role, List<Post> posts) {}";
  static final String POST = "@Model record Post(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Nullable String content, @Default(\"false\") boolean published, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId) {}";

  @Test
  void theBlogEvolvesThroughEightSteps() throws Exception {
    // 1. init
    Migrator.DevResult init = dev("init", ROLE, USER, POST);
    assertEquals(1, init.applied().size());
    assertTrue(Files.readString(folder.resolve(MigrationsFolder.LOCK_FILE)).contains("provider = \"postgresql\""));
    assertTrue(Files.exists(folder.resolve(init.created().name()).resolve("schema.json")));
    assertTrue(catalog().contains("column users.email text not null"), catalog().toString());
    db.executeRaw("insert into users (email, name) values ('ada@example.com', 'Ada')");

    // nothing to do: nothing written
    assertNull(dev("noop", ROLE, USER, POST).created());
    assertTrue(output.contains("Already in sync: the migrations produce the compiled schema. No migration created."));

    // 2. add a model
    String todo = "@Model record Todo(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title) {}";
    dev("add todo", ROLE, USER, POST, todo);
    assertTrue(lastScript().contains("[create-table] Table todos is created"));
    assertTrue(catalog().contains("table todos"));

    // 3. add an optional column
    String withAge = USER.replace("@Nullable String name,", "@Nullable String name, @Nullable Integer age,");
    dev("add age", ROLE, withAge, POST, todo);
    assertTrue(catalog().contains("column users.age integer"));

    // 4. make it required with a default: the rows holding NULL get the default first
    String ageRequired = USER.replace("@Nullable String name,", "@Nullable String name, @Default(\"18\") Integer age,");
    db.executeRaw("insert into users (email, name, age) values ('grace@example.com', 'Grace', 30)");
    dev("age required", ROLE, ageRequired, POST, todo);
    assertTrue(lastScript().contains("-- [fill-nulls] Column users.age becomes required; rows holding NULL get its default 18 (fills)"),
        lastScript());
    assertTrue(lastScript().contains("update \"users\" set \"age\" = 18 where \"age\" is null;"), lastScript());
    assertTrue(output.contains("Fills: [fill-nulls] Column users.age becomes required; rows holding NULL get its default 18 — 1 row(s)"),
        output.toString());
    assertEquals(List.of(18, 30), db.queryRaw("select age from users order by age", rs -> rs.getInt(1)));
    assertTrue(catalog().contains("column users.age integer not null default 18"));
    db.executeRaw("delete from users where email = 'grace@example.com'");

    // 5. add a unique
    String uniqueName = ageRequired.replace("@Nullable String name", "@Unique @Nullable String name");
    dev("unique name", ROLE, uniqueName, POST, todo);
    assertTrue(catalog().contains("constraint users_name_key on users: UNIQUE (name)"));

    // 6. add a relation
    String todoOwned = "@Model record Todo(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Nullable Integer userId, @Relation(fields = \"userId\", references = \"id\") @Nullable User user) {}";
    dev("todo owner", ROLE, uniqueName, POST, todoOwned);
    assertTrue(catalog().contains("constraint todos_user_id_fkey on todos: FOREIGN KEY (user_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL"),
        catalog().toString());

    // 7. rename a field with the hint: the data stays
    String renamed = uniqueName.replace("@Unique @Nullable String name", "@Unique @Nullable @RenamedFrom(\"name\") String displayName");
    dev("rename name", ROLE, renamed, POST, todoOwned);
    assertTrue(lastScript().contains("[rename-column]"));
    assertEquals("Ada", db.queryRaw("select display_name from users", rs -> rs.getString(1)).get(0));

    // 8. drop a column holding data: refused, nothing changed; then accepted
    String withoutAge = renamed.replace("@Default(\"18\") Integer age, ", "");
    int migrations = MigrationsFolder.read(folder).migrations().size();
    MigrationException refused = assertThrows(MigrationException.class,
        () -> migrator().dev(Snapshots.of(ROLE, withoutAge, POST, todoOwned), DevOptions.named("drop age")));
    assertEquals(MigrationException.Reason.DATA_LOSS, refused.reason());
    assertTrue(refused.getMessage().contains("[drop-column] Column users.age is dropped with its values (destructive)") || refused.getMessage().contains("[drop-column] Column users.age"),
        refused.getMessage());
    assertEquals(migrations, MigrationsFolder.read(folder).migrations().size(), "no file written");
    assertTrue(catalog().stream().anyMatch(l -> l.startsWith("column users.age")));
    migrator().dev(Snapshots.of(ROLE, withoutAge, POST, todoOwned), DevOptions.named("drop age").acceptingDataLoss());
    assertFalse(catalog().stream().anyMatch(l -> l.startsWith("column users.age")));

    // 9. add an enum value, and use it as the new default in the same migration
    dev("guest role", "enum Role { USER, ADMIN, GUEST }", withoutAge.replace("@Default(\"USER\") Role role", "@Default(\"GUEST\") Role role"),
        POST, todoOwned);
    assertTrue(catalog().contains("enum role (USER, ADMIN, GUEST)"));
    assertTrue(catalog().contains("column users.role role not null default 'GUEST'::role"), catalog().toString());

    Migrator.Status status = migrator().status(true);
    assertTrue(status.upToDate(), status.toString());
    assertEquals(9, status.applied().size());
  }

  @Test
  void createOnlyWritesWithoutApplyingAndDeployAppliesLater() {
    Migrator.DevResult result = migrator().dev(Snapshots.of(ROLE, USER, POST), DevOptions.named("init").createOnly());

    assertEquals(List.of(), result.applied());
    assertEquals(List.of(result.created().name()), migrator().status(false).pending());
    assertEquals(List.of(result.created().name()), migrator().deploy());
    assertEquals(List.of(), migrator().deploy());
    assertTrue(output.contains("No pending migrations."));
  }

  @Test
  void aHandWrittenDifferenceInThePendingHistoryIsReported() throws Exception {
    Migrator.DevResult first = migrator().dev(Snapshots.of(ROLE, USER, POST), DevOptions.named("init").createOnly());
    Path script = folder.resolve(first.created().name()).resolve("migration.sql");
    Files.writeString(script, Files.readString(script) + "alter table users add column extra integer;\n");

    dev("todo", ROLE, USER, POST, "@Model record Todo(@Id int id) {}");

    assertTrue(output.contains("  + column users.extra integer"), output.toString());
  }

  @Test
  void aMigrationCanOptOutOfItsTransactionToBuildAnIndexConcurrently() throws Exception {
    dev("init", ROLE, USER, POST);
    Path concurrent = folder.resolve("29990101000000_concurrent_index");
    Files.createDirectories(concurrent);
    Files.writeString(concurrent.resolve("migration.sql"),
        "-- quarry:no-transaction\ncreate index concurrently posts_title_idx on posts (title);\n");

    assertEquals(List.of("29990101000000_concurrent_index"), migrator().deploy());
    assertTrue(catalog().contains("index posts_title_idx on posts: USING btree (title)"), catalog().toString());
  }

  @Test
  void aMigrationWaitingTooLongForATableLockFailsAndIsRecorded() throws Exception {
    dev("init", ROLE, USER, POST);
    Path alter = folder.resolve("29990101000000_alter_users");
    Files.createDirectories(alter);
    Files.writeString(alter.resolve("migration.sql"), "alter table users add column late integer;\n");
    try (var holder = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("lock table users in access exclusive mode");

      Migrator impatient = new Migrator(Migrator.Settings.of(TestDatabase.dataSource(url), url, MigrationsFolder.read(folder))
          .withLockTimeout(java.time.Duration.ofMillis(200)));
      MigrationException e = assertThrows(MigrationException.class, impatient::deploy);

      assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
      holder.rollback();
    }
    assertEquals(List.of("29990101000000_alter_users"), migrator().status(false).failed());
  }

  @Test
  void anEditedMigrationIsRefused() throws Exception {
    Migrator.DevResult result = dev("init", ROLE, USER, POST);
    Path script = folder.resolve(result.created().name()).resolve("migration.sql");
    Files.writeString(script, Files.readString(script) + "\n-- edited\n");

    MigrationException e = assertThrows(MigrationException.class, () -> migrator().deploy());
    assertEquals(MigrationException.Reason.EDITED, e.reason());
    assertTrue(e.getMessage().contains("was edited after it was applied"), e.getMessage());
    assertEquals(List.of(result.created().name()), migrator().status(false).edited());
  }

  @Test
  void aFailedMigrationIsRecordedRolledBackAndBlocksUntilResolved() throws Exception {
    dev("init", ROLE, USER, POST);
    Path broken = folder.resolve("29990101000000_broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("migration.sql"), "create table half_done (id int);\nselect no_such_column from users;\n");

    MigrationException failed = assertThrows(MigrationException.class, () -> migrator().deploy());
    assertEquals(MigrationException.Reason.FAILED, failed.reason());
    assertFalse(catalog().contains("table half_done"), "the failed migration's transaction was rolled back");
    assertEquals(List.of("29990101000000_broken"), migrator().status(false).failed());
    String logs = db.queryRaw("select logs from _quarry_migrations where migration_name = ?", rs -> rs.getString(1), "29990101000000_broken").get(0);
    assertTrue(logs.contains("no_such_column"), logs);

    MigrationException blocked = assertThrows(MigrationException.class, () -> migrator().deploy());
    assertTrue(blocked.getMessage().contains("migrate resolve --rolled-back 29990101000000_broken"), blocked.getMessage());

    Files.writeString(broken.resolve("migration.sql"), "create table half_done (id int);\n");
    migrator().resolveRolledBack("29990101000000_broken");
    assertEquals(List.of("29990101000000_broken"), migrator().deploy());
    assertTrue(catalog().contains("table half_done"));
  }

  @Test
  void resolveAppliedMarksAMigrationDoneByHand() throws Exception {
    dev("init", ROLE, USER, POST);
    Path manual = folder.resolve("29990101000000_manual");
    Files.createDirectories(manual);
    Files.writeString(manual.resolve("migration.sql"), "create table done_by_hand (id int);\n");
    db.executeRaw("create table done_by_hand (id int)");

    migrator().resolveApplied("29990101000000_manual");

    assertEquals(List.of(), migrator().deploy());
    assertTrue(migrator().status(false).upToDate());
  }

  @Test
  void twoConcurrentDeploysApplyEachMigrationOnce() throws Exception {
    migrator().dev(Snapshots.of(ROLE, USER, POST), DevOptions.named("init").createOnly());
    Path slow = folder.resolve("29990101000000_slow");
    Files.createDirectories(slow);
    Files.writeString(slow.resolve("migration.sql"), "select pg_sleep(1);\ncreate table slow (id int);\n");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<List<String>> deploy = () -> migrator().deploy();
      Future<List<String>> a = pool.submit(deploy);
      Future<List<String>> b = pool.submit(deploy);
      List<String> all = new ArrayList<>(a.get());
      all.addAll(b.get());
      assertEquals(2, all.size(), "two migrations, each applied by exactly one deploy: " + all);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2L, db.queryRaw("select count(*) from _quarry_migrations", rs -> rs.getLong(1)).get(0));
  }

  @Test
  void aDeployThatCannotGetTheLockNamesItsHolder() throws Exception {
    dev("init", ROLE, USER, POST);
    try (var holder = java.sql.DriverManager.getConnection(url.jdbcUrl() + (url.jdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=other-deploy",
        url.user(), url.password()); var statement = holder.createStatement()) {
      statement.execute("select pg_advisory_lock(" + 0x717561727279L + ")");

      Migrator waiting = new Migrator(Migrator.Settings.of(TestDatabase.dataSource(url), url, MigrationsFolder.read(folder))
          .withLockWait(java.time.Duration.ofMillis(300)));
      MigrationException e = assertThrows(MigrationException.class, waiting::deploy);

      assertEquals(MigrationException.Reason.LOCKED, e.reason());
      assertTrue(e.getMessage().contains("application other-deploy"), e.getMessage());
    }
  }

  @Test
  void aRequiredColumnWithoutADefaultOverNullsIsRefusedEvenWhenAcceptedAndWrittenWithCreateOnly() throws Exception {
    String withAge = USER.replace("@Nullable String name,", "@Nullable String name, @Nullable Integer age,");
    dev("init", ROLE, withAge, POST);
    db.executeRaw("insert into users (email) values ('ada@example.com'), ('bob@example.com')");
    String ageRequired = USER.replace("@Nullable String name,", "@Nullable String name, Integer age,");
    int migrations = MigrationsFolder.read(folder).migrations().size();

    MigrationException refused = assertThrows(MigrationException.class,
        () -> migrator().dev(Snapshots.of(ROLE, ageRequired, POST), DevOptions.named("age required").acceptingDataLoss()));

    assertEquals(MigrationException.Reason.DATA_LOSS, refused.reason());
    assertTrue(refused.getMessage().contains("[set-not-null] Column users.age becomes required; rows holding NULL make it fail "
        + "— 2 row(s) would make it fail"), refused.getMessage());
    assertTrue(refused.getMessage().contains("accepting data loss would not help"), refused.getMessage());
    assertTrue(refused.getMessage().contains("`quarry migrate dev --create-only`"), refused.getMessage());
    assertEquals(migrations, MigrationsFolder.read(folder).migrations().size(), "no file written");

    Migrator.DevResult written = migrator().dev(Snapshots.of(ROLE, ageRequired, POST), DevOptions.named("age required").createOnly());

    assertEquals(migrations + 1, MigrationsFolder.read(folder).migrations().size());
    assertTrue(written.applied().isEmpty(), "written, not applied");
    assertTrue(output.contains("Warning: as written, the migration fails on existing rows:"), output.toString());
    assertTrue(output.stream().anyMatch(line -> line.contains("Edit it before applying it")), output.toString());
    assertTrue(catalog().contains("column users.age integer"), "the database is unchanged");
  }

  @Test
  void aMigrationThatFailsInTheShadowDatabaseIsNotLeftOnDisk() throws Exception {
    Migrator.DevResult init = dev("init", ROLE, USER, POST);
    // A hand-written migration the snapshot does not know about: the next generated one cannot replay.
    Path hand = folder.resolve("29990101000000_rename_by_hand");
    Files.createDirectories(hand);
    Files.writeString(hand.resolve("migration.sql"), "alter table \"users\" rename column \"name\" to \"full_name\";\n");
    Files.copy(folder.resolve(init.created().name()).resolve("schema.json"), hand.resolve("schema.json"));
    int before = MigrationsFolder.read(folder).migrations().size();

    MigrationException failed = assertThrows(MigrationException.class,
        () -> dev("drop name", ROLE, USER.replace("@Nullable String name, ", ""), POST));

    assertTrue(failed.getMessage().contains("was not kept"), failed.getMessage());
    assertEquals(before, MigrationsFolder.read(folder).migrations().size(), "no migration folder left behind");
  }

  @Test
  void messagesNameMavenPropertiesWhenRunFromMaven() {
    dev("init", ROLE, USER, POST);
    db.executeRaw("insert into users (email, name) values ('ada@example.com', 'Ada')");
    Migrator maven = new Migrator(Migrator.Settings.of(TestDatabase.dataSource(url), url, MigrationsFolder.read(folder))
        .withFrontend(dev.quarry.migrate.Frontend.MAVEN));

    MigrationException refused = assertThrows(MigrationException.class,
        () -> maven.dev(Snapshots.of(ROLE, USER.replace("@Nullable String name, ", ""), POST), DevOptions.named("drop name")));

    assertTrue(refused.getMessage().contains("Run again with -Dquarry.acceptDataLoss to go ahead"), refused.getMessage());
    assertFalse(refused.getMessage().contains("--accept-data-loss"), refused.getMessage());
  }

  @Test
  void driftIsReportedReadablyAndResetRecreatesTheDatabase() {
    dev("init", ROLE, USER, POST);
    db.executeRaw("alter table users add column age integer");

    Migrator.Status status = migrator().status(true);
    assertEquals(List.of("column users.age integer exists in the database but in no migration"), status.drift());
    MigrationException drift = assertThrows(MigrationException.class,
        () -> migrator().dev(Snapshots.of(ROLE, USER, POST), DevOptions.named("more")));
    assertEquals(MigrationException.Reason.DRIFT, drift.reason());
    assertTrue(drift.getMessage().contains("column users.age integer exists in the database but in no migration"), drift.getMessage());
    assertTrue(drift.getMessage().contains("migrate reset"));

    migrator().reset();
    assertTrue(migrator().status(true).upToDate());
    assertTrue(output.contains("Dropped every table, type and row."));
  }

  @Test
  void noShadowDatabaseLeftBehind() {
    dev("init", ROLE, USER, POST);
    migrator().status(true);

    long shadows = db.queryRaw("select count(*) from pg_database where datname like 'quarry_shadow_%'", rs -> rs.getLong(1)).get(0);
    assertEquals(0, shadows);
  }

  @Test
  void aRoleThatMayNotCreateDatabasesIsToldHowToNameAShadow() throws Exception {
    dev("init", ROLE, USER, POST);
    db.executeRaw("do $$ begin if not exists (select from pg_roles where rolname = 'quarry_no_createdb') then "
        + "create role quarry_no_createdb login nocreatedb nosuperuser; end if; end $$");
    db.executeRaw("grant all on schema public to quarry_no_createdb");
    db.executeRaw("grant all on all tables in schema public to quarry_no_createdb");
    DatabaseUrl limited = new DatabaseUrl(url.jdbcUrl(), "quarry_no_createdb", null);
    org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
    source.setURL(url.jdbcUrl());
    source.setUser("quarry_no_createdb");

    Migrator migrator = new Migrator(Migrator.Settings.of(source, limited, MigrationsFolder.read(folder)));
    MigrationException e = assertThrows(MigrationException.class, () -> migrator.status(true));

    assertEquals(MigrationException.Reason.SHADOW, e.reason());
    assertTrue(e.getMessage().contains("may not create databases") && e.getMessage().contains("--shadow-database-url"), e.getMessage());
  }

  @Test
  void aFolderForAnotherProviderIsRefused() throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(MigrationsFolder.LOCK_FILE), "provider = \"mysql\"\n");

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationsFolder.read(folder));
    assertEquals(MigrationException.Reason.FOLDER, e.reason());
    assertTrue(e.getMessage().contains("cannot switch providers"), e.getMessage());
  }

  @Test
  void applicationStartUpDeploysFromTheClassPath() {
    List<String> applied = Migrator.deploy(TestDatabase.dataSource(url));

    assertEquals(List.of("20240101000000_boot"), applied);
    assertTrue(catalog().contains("table boot_notes"));
    assertEquals(List.of(), Migrator.deploy(TestDatabase.dataSource(url)));
  }

  @Test
  void dbPushPrototypesWithoutHistory() {
    Schema first = Snapshots.of(ROLE, USER, POST);
    List<Change> changes = migrator().push(first, DataLoss.REFUSE);
    assertFalse(changes.isEmpty());
    db.executeRaw("insert into users (email) values ('a@example.com')");

    MigrationException refused = assertThrows(MigrationException.class,
        () -> migrator().push(Snapshots.of(ROLE, USER.replace("@Unique String email, ", ""), POST), DataLoss.REFUSE));
    assertEquals(MigrationException.Reason.DATA_LOSS, refused.reason());
    assertEquals(List.of(), migrator().push(first, DataLoss.REFUSE));
    assertFalse(catalog().stream().anyMatch(l -> l.contains("_quarry_migrations")));
  }
}
