package dev.quarry.migrate;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The migration commands, as an API; the {@code quarry migrate} command line and the Maven
 * plugin are thin over it. Every command reports its steps to the given output.
 *
 * <pre>{@code
 * Migrator.deploy(dataSource);   // at application start: apply pending migrations from the class path
 * }</pre>
 */
public final class Migrator {

  /**
   * What a migration command works on.
   *
   * @param target the database to migrate
   * @param url its address, needed for a shadow database ({@code null} without one)
   * @param shadowUrl an empty database to use as the shadow, or {@code null} to create one
   * @param folder the migrations
   * @param lockWait how long deploy waits for another deploy's lock
   * @param lockTimeout PostgreSQL's {@code lock_timeout} for each migration, so one never waits forever on a busy table
   * @param out where progress goes
   * @param frontend how the user runs the commands, so messages name the options they type
   */
  public record Settings(DataSource target, DatabaseUrl url, DatabaseUrl shadowUrl, MigrationsFolder folder, Duration lockWait,
      Duration lockTimeout, Consumer<String> out, Frontend frontend) {

    /** Refuses an address through PgBouncer: migrations need a session of their own. */
    public Settings {
      if (url != null) {
        TargetDatabase.requireDirect(url);
      }
    }

    /** Settings for a database at {@code url} and migrations in {@code folder}, printing nothing. */
    public static Settings of(DataSource target, DatabaseUrl url, MigrationsFolder folder) {
      return new Settings(target, url, null, folder, Duration.ofSeconds(10), Duration.ofSeconds(10), line -> { },
          Frontend.COMMAND_LINE);
    }

    /** With this output. */
    public Settings withOut(Consumer<String> output) {
      return new Settings(target, url, shadowUrl, folder, lockWait, lockTimeout, output, frontend);
    }

    /** With this shadow database. */
    public Settings withShadow(DatabaseUrl shadow) {
      return new Settings(target, url, shadow, folder, lockWait, lockTimeout, out, frontend);
    }

    /** Waiting at most this long for another deploy's lock. */
    public Settings withLockWait(Duration wait) {
      return new Settings(target, url, shadowUrl, folder, wait, lockTimeout, out, frontend);
    }

    /** With this {@code lock_timeout} for each migration's statements. */
    public Settings withLockTimeout(Duration timeout) {
      return new Settings(target, url, shadowUrl, folder, lockWait, timeout, out, frontend);
    }

    /** Naming options as {@code frontend} spells them. */
    public Settings withFrontend(Frontend spelling) {
      return new Settings(target, url, shadowUrl, folder, lockWait, lockTimeout, out, spelling);
    }
  }

  private final Settings settings;

  /** A migrator with these settings. */
  public Migrator(Settings settings) {
    this.settings = settings;
  }

  /** Applies the pending migrations found on the class path; for application start-up. */
  public static List<String> deploy(DataSource dataSource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    MigrationsFolder folder = MigrationsFolder.fromClasspath(loader != null ? loader : Migrator.class.getClassLoader());
    return new Migrator(Settings.of(dataSource, null, folder)).deploy();
  }

  // ------------------------------------------------------------------ deploy

  /**
   * Applies pending migrations in order, each in its own transaction, under an advisory lock.
   * Refuses when an applied migration was edited or an earlier one failed. Returns the names applied.
   */
  public List<String> deploy() {
    return underLock("Deploy", this::deployLocked);
  }

  private List<String> deployLocked(Connection connection) throws SQLException {
    // Under the lock: two first deploys must not race to create the table.
    History.create(connection);
    List<String> applied = new ArrayList<>();
    for (Migration migration : pending(History.read(connection), RunningMigrations.onServer(connection))) {
      apply(migration);
      applied.add(migration.name());
    }
    if (applied.isEmpty()) {
      settings.out().accept("No pending migrations.");
    }
    return applied;
  }

  /** Work on a connection that holds the migration lock. */
  private interface LockedWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} holding the advisory lock every command that changes the history takes, so
   * that a resolve or a reset never overlaps a deploy; {@code what} names the command in errors.
   */
  private <T> T underLock(String what, LockedWork<T> work) {
    try (Connection connection = settings.target().getConnection()) {
      AdvisoryLock lock = AdvisoryLock.acquire(connection, settings.lockWait(), settings.frontend());
      try {
        return work.run(connection);
      } finally {
        lock.close();
      }
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.FAILED, what + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The folder's migrations not yet applied; refuses on edited ones and on unfinished ones (failed,
   * interrupted, or still running on the server after the process that started it died). Called
   * under the lock, so no other deploy is running them.
   */
  private List<Migration> pending(List<History.Entry> history, Map<String, String> running) {
    Map<String, History.Entry> applied = history.stream().filter(History.Entry::applied)
        .collect(Collectors.toMap(History.Entry::name, e -> e, (a, b) -> b));
    Frontend frontend = settings.frontend();
    for (History.Entry entry : history) {
      if (!entry.failed()) {
        continue;
      }
      String onServer = RunningMigrations.find(running, entry.name());
      if (onServer != null) {
        throw new MigrationException(MigrationException.Reason.LOCKED, "Migration " + entry.name() + " is still running on the "
            + "server (" + onServer + "), although the process that started it is gone. Wait for it to end, or stop it with "
            + "`select pg_cancel_backend(PID)`; then check what it applied and resolve it.");
      }
      String why = entry.logs() != null ? " failed: " + entry.logs()
          : " was interrupted: it started at " + entry.startedAt() + " and never finished (the process running it stopped). "
              + "A migration in a transaction was rolled back by PostgreSQL; one run outside a transaction kept "
              + entry.appliedSteps() + " statement(s).";
      throw new MigrationException(MigrationException.Reason.FAILED, "Migration " + entry.name() + why
          + "\nFix the database, then mark it with `" + frontend.command("migrate resolve", "--applied " + entry.name())
          + "` (if you completed it by hand) or `" + frontend.command("migrate resolve", "--rolled-back " + entry.name())
          + "` (to run it again).");
    }
    List<Migration> pending = new ArrayList<>();
    for (Migration migration : settings.folder().migrations()) {
      History.Entry entry = applied.get(migration.name());
      if (entry == null) {
        pending.add(migration);
      } else if (!entry.checksum().equals(migration.checksum())) {
        throw new MigrationException(MigrationException.Reason.EDITED, "Migration " + migration.name()
            + " was edited after it was applied (its checksum changed). Restore the file as it was; to change the schema, "
            + "create a new migration.");
      }
    }
    return pending;
  }

  private void apply(Migration migration) throws SQLException {
    long start = System.nanoTime();
    try (Connection connection = settings.target().getConnection()) {
      MigrationRun.apply(connection, migration, settings.lockTimeout(), settings.frontend());
    }
    settings.out().accept("Applied " + migration.name() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  // ------------------------------------------------------------------ status

  /**
   * Where the database stands against the folder.
   *
   * @param applied migrations applied
   * @param pending migrations not applied yet
   * @param inProgress migrations running now, each with who runs it ({@code name — ...}); they are
   *     neither pending nor failed
   * @param failed migrations whose last run failed (or was interrupted) unresolved
   * @param edited applied migrations whose file changed since
   * @param missing applied migrations no longer in the folder
   * @param drift differences between the database and what its migrations produce (empty when
   *     not checked or none)
   */
  public record Status(List<String> applied, List<String> pending, List<String> inProgress, List<String> failed, List<String> edited,
      List<String> missing, List<String> drift) {

    /** Whether nothing needs doing. */
    public boolean upToDate() {
      return pending.isEmpty() && inProgress.isEmpty() && failed.isEmpty() && edited.isEmpty() && drift.isEmpty();
    }
  }

  /** The status; with {@code checkDrift}, the history is replayed in a shadow database and compared. */
  public Status status(boolean checkDrift) {
    List<History.Entry> history;
    Map<String, String> running;
    String lockHolder;
    try (Connection connection = settings.target().getConnection()) {
      history = History.read(connection);
      running = RunningMigrations.onServer(connection);
      lockHolder = AdvisoryLock.holder(connection);
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.FAILED, "Cannot read the migration history: " + e.getMessage(), e);
    }
    // An unfinished run is in progress while its statement runs, or while a deploy holds the lock
    // and it has not failed; otherwise it failed or was interrupted.
    List<String> inProgress = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (History.Entry entry : history) {
      if (!entry.failed() || inProgress.stream().anyMatch(line -> line.startsWith(entry.name() + " — ")) || failed.contains(entry.name())) {
        continue;
      }
      String onServer = RunningMigrations.find(running, entry.name());
      if (onServer != null) {
        inProgress.add(entry.name() + " — running on the server (" + onServer + ")" + (lockHolder == null ? "" : "; lock held by " + lockHolder));
      } else if (entry.logs() == null && lockHolder != null) {
        inProgress.add(entry.name() + " — a deploy holds the migration lock (" + lockHolder + ")");
      } else {
        failed.add(entry.name());
      }
    }
    List<String> applied = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    for (Migration migration : settings.folder().migrations()) {
      History.Entry entry = history.stream().filter(e -> e.applied() && e.name().equals(migration.name())).reduce((a, b) -> b).orElse(null);
      boolean inFlight = inProgress.stream().anyMatch(line -> line.startsWith(migration.name() + " — "));
      if (entry == null && !inFlight) {
        pending.add(migration.name());
      } else if (entry == null) {
        continue;
      } else {
        applied.add(migration.name());
        if (!entry.checksum().equals(migration.checksum())) {
          edited.add(migration.name());
        }
      }
    }
    List<String> missing = history.stream().filter(History.Entry::applied).map(History.Entry::name)
        .filter(n -> settings.folder().migrations().stream().noneMatch(m -> m.name().equals(n))).distinct().toList();
    List<String> drift = checkDrift && pending.isEmpty() && failed.isEmpty() && inProgress.isEmpty() ? drift(applied) : List.of();
    return new Status(applied, pending, inProgress, failed, edited, missing, drift);
  }

  /** The database's catalog against the one the applied migrations produce in a shadow database. */
  private List<String> drift(List<String> applied) {
    Catalog actual;
    try (Connection connection = settings.target().getConnection()) {
      actual = Catalog.read(connection);
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.FAILED, "Cannot read the database's schema: " + e.getMessage(), e);
    }
    Catalog expected = replay(settings.folder().migrations().stream().filter(m -> applied.contains(m.name())).toList(), null);
    return actual.differencesFrom(expected).stream().map(Migrator::explain).toList();
  }

  private static String explain(String difference) {
    String line = difference.substring(2);
    return difference.startsWith("+") ? line + " exists in the database but in no migration" : line + " is in the migrations but not in the database";
  }

  /** Replays migrations in a shadow database and reads its catalog; then applies {@code extra} there too, when given. */
  private Catalog replay(List<Migration> migrations, String extra) {
    if (settings.url() == null && settings.shadowUrl() == null) {
      throw new MigrationException(MigrationException.Reason.SHADOW, "Checking the history needs the database URL (for a shadow database next to it) or a shadow database URL.");
    }
    try (ShadowDatabase shadow = ShadowDatabase.open(settings.target(), settings.url(), settings.shadowUrl(), settings.frontend());
        Connection connection = ShadowDatabase.connect(shadow.url());
        Statement statement = connection.createStatement()) {
      for (Migration migration : migrations) {
        try {
          if (MigrationScript.transactional(migration.script())) {
            String rest = MigrationRun.addEnumValues(connection, migration.script());
            if (!rest.isBlank()) {
              statement.execute(rest);
            }
          } else {
            for (String sql : SqlSplitter.split(migration.script())) {
              statement.execute(sql);
            }
          }
        } catch (SQLException e) {
          throw new MigrationException(MigrationException.Reason.FAILED, "Migration " + migration.name()
              + " fails on an empty database, so the history cannot be replayed: " + e.getMessage(), e);
        }
      }
      if (extra != null) {
        statement.execute(extra);
      }
      return Catalog.read(connection);
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.SHADOW, "The shadow database failed: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ dev

  /**
   * What {@code migrate dev} did.
   *
   * @param created the migration written, or {@code null} when the schema was in sync
   * @param changes its changes
   * @param applied the migrations applied to the database (pending ones and the new one)
   */
  public record DevResult(Migration created, List<Change> changes, List<String> applied) {}

  /**
   * Develops the schema: replays the history in a shadow database to detect drift, applies pending
   * migrations, writes a migration from the last migration's snapshot to {@code schema}, and
   * applies it (unless {@link DevOptions#createOnly()}). Changes that would lose data are refused
   * unless {@link DevOptions#acceptingDataLoss()}; changes that would fail on existing rows are
   * refused unless only created.
   */
  public DevResult dev(Schema schema, DevOptions options) {
    String name = options.name();
    boolean createOnly = options.isCreateOnly();
    boolean acceptDataLoss = options.acceptsDataLoss();
    List<Migration> migrations = settings.folder().migrations();
    try (Connection connection = settings.target().getConnection()) {
      History.create(connection);
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.FAILED, "Cannot create the migration history: " + e.getMessage(), e);
    }
    Status status = status(false);
    if (!status.failed().isEmpty() || !status.edited().isEmpty() || !status.inProgress().isEmpty()) {
      // Throws the message that says what blocks (waiting first for a deploy that holds the lock).
      underLock("Migrate dev", connection -> pending(History.read(connection), RunningMigrations.onServer(connection)));
    }
    List<String> applied = new ArrayList<>(deployPendingQuietly(status));
    List<String> drift = drift(migrations.stream().map(Migration::name).toList());
    if (!drift.isEmpty()) {
      throw new MigrationException(MigrationException.Reason.DRIFT, "The database has drifted from its migrations:\n  "
          + String.join("\n  ", drift) + "\nRun `" + settings.frontend().command("migrate reset")
          + "` to recreate it from the migrations (its data is lost), "
          + "or undo the changes made by hand.");
    }
    List<Change> changes = SchemaDiff.between(settings.folder().lastSchema(), schema);
    if (changes.isEmpty()) {
      settings.out().accept("Already in sync: the migrations produce the compiled schema. No migration created.");
      return new DevResult(null, List.of(), applied);
    }
    checkExistingRows(changes, acceptDataLoss, createOnly);
    Migration created = settings.folder().write(name, MigrationScript.render(changes), schema);
    settings.out().accept("Created " + created.name() + " with " + changes.size() + " change(s):");
    changes.forEach(c -> settings.out().accept("  " + c));
    try {
      verifyHistory(migrations, created, schema);
    } catch (MigrationException e) {
      // Nothing ran it: leave no migration behind that the next run would trip on.
      settings.folder().remove(created);
      throw new MigrationException(e.reason(), e.getMessage() + "\nThe migration " + created.name()
          + " was not kept.", e);
    }
    if (!createOnly) {
      underLock("Applying " + created.name(), connection -> {
        apply(created);
        return null;
      });
      applied.add(created.name());
    }
    return new DevResult(created, changes, applied);
  }

  /**
   * Replays the whole history in a shadow database and compares it with what the snapshot creates
   * directly; a difference means a migration was written or edited by hand, and is reported.
   */
  private void verifyHistory(List<Migration> previous, Migration created, Schema schema) {
    List<Migration> all = new ArrayList<>(previous);
    all.add(created);
    Catalog replayed = replay(all, null);
    Catalog expected = replay(List.of(), String.join(";\n", SchemaDdl.create(schema)));
    List<String> differences = replayed.differencesFrom(expected);
    if (!differences.isEmpty()) {
      settings.out().accept("Warning: the migrations do not produce exactly the compiled schema (was one written by hand?):");
      differences.forEach(d -> settings.out().accept("  " + d));
    }
  }

  private List<History.Entry> readHistory() {
    try (Connection connection = settings.target().getConnection()) {
      return History.read(connection);
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.FAILED, "Cannot read the migration history: " + e.getMessage(), e);
    }
  }

  private List<String> deployPendingQuietly(Status status) {
    return status.pending().isEmpty() ? List.of() : deploy();
  }

  /**
   * Counts the rows each change that is not safe touches, and decides: a change that would fail on
   * existing rows is refused (accepting cannot make it succeed), one that would lose data is
   * refused unless accepted, one that fills rows is reported. With {@code createOnly} nothing is
   * refused: the migration is written for the user to edit, and what needs editing is listed.
   */
  private void checkExistingRows(List<Change> changes, boolean accept, boolean createOnly) {
    List<String> failing = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    List<String> filled = new ArrayList<>();
    try (Database database = Database.connect(settings.target())) {
      for (Change change : changes) {
        long rows = change.check() == null ? 0 : rowsAtRisk(database, change);
        if (rows == 0) {
          continue;
        }
        switch (change.risk()) {
          case DATA_DEPENDENT -> failing.add(change + " — " + rows + " row(s) would make it fail");
          case DESTRUCTIVE -> lost.add(change + " — " + rows + " row(s) affected");
          case FILLS -> filled.add(change + " — " + rows + " row(s)");
          case SAFE -> { }
        }
      }
    }
    Frontend frontend = settings.frontend();
    if (createOnly) {
      if (!failing.isEmpty() || !lost.isEmpty()) {
        settings.out().accept("Warning: as written, the migration " + (failing.isEmpty() ? "loses data" : "fails on existing rows")
            + ":");
        failing.forEach(line -> settings.out().accept("  " + line));
        lost.forEach(line -> settings.out().accept("  " + line));
        settings.out().accept("Edit it before applying it (for example, fill the rows with an UPDATE before the change), then run `"
            + frontend.command("migrate dev") + "`" + (lost.isEmpty() ? "." : " with " + frontend.option("--accept-data-loss") + "."));
      }
    } else if (!failing.isEmpty()) {
      throw new MigrationException(MigrationException.Reason.DATA_LOSS, "These changes would fail on existing rows, so the "
          + "migration cannot succeed as it is:\n  " + String.join("\n  ", failing) + "\nNothing was changed, and accepting "
          + "data loss would not help. Give the field a default (@Default), so existing rows are filled with it; or make it "
          + "optional; or fix those rows first. To write the migration and fill the rows yourself, run `"
          + frontend.command("migrate dev", "--create-only") + "`, edit the file it writes, then run `"
          + frontend.command("migrate dev") + "`.");
    } else if (!lost.isEmpty() && !accept) {
      throw new MigrationException(MigrationException.Reason.DATA_LOSS, "These changes would lose data:\n  "
          + String.join("\n  ", lost) + "\nNothing was changed. Run again with " + frontend.option("--accept-data-loss")
          + " to go ahead, or change the model (keep the field, make it optional, or widen its type instead).");
    }
    if (!createOnly) {
      lost.forEach(line -> settings.out().accept("Accepted: " + line));
    }
    filled.forEach(line -> settings.out().accept("Fills: " + line));
  }

  /** The rows a risky change affects; 0 when its table does not exist yet (it is renamed or created first). */
  private static long rowsAtRisk(Database database, Change change) {
    try {
      return database.queryRaw(change.check(), rs -> rs.getLong(1)).get(0);
    } catch (dev.quarry.runtime.error.DatabaseException e) {
      if ("42P01".equals(e.sqlState()) || "42703".equals(e.sqlState())) {
        return 0;
      }
      throw e;
    }
  }

  // ------------------------------------------------------------------ reset, resolve, diff, push

  /** Drops everything in the database's schema, then applies every migration. */
  public List<String> reset() {
    return underLock("Reset", connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("drop schema if exists public cascade");
        statement.execute("create schema public");
      }
      settings.out().accept("Dropped every table, type and row.");
      return deployLocked(connection);
    });
  }

  /**
   * Runs a SQL script on the database, all or nothing (Prisma's {@code db execute}): to load the
   * schema another tool wrote, or data. Not a migration: nothing is recorded in the history.
   *
   * @return how many statements ran
   */
  public int execute(String script) {
    List<String> statements = SqlSplitter.split(script);
    try (Connection connection = settings.target().getConnection()) {
      connection.setAutoCommit(false);
      int done = 0;
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
          done++;
        }
        connection.commit();
      } catch (SQLException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw new MigrationException(MigrationException.Reason.FAILED, "Statement " + (done + 1) + " of " + statements.size()
            + " failed, so none was kept: " + e.getMessage().strip() + "\n  " + statements.get(done).strip(), e);
      }
      settings.out().accept("Ran " + done + " statement(s).");
      return done;
    } catch (SQLException e) {
      throw new MigrationException(MigrationException.Reason.FAILED, "Cannot run the script: " + e.getMessage(), e);
    }
  }

  /**
   * Starts the history of a database another tool made (Prisma Migrate, or SQL by hand): writes a
   * first migration {@code name} that creates {@code schema} from nothing, and records it as
   * applied without running it, so that later migrations start from the database as it is. The
   * migration is replayed in a shadow database first and its catalog compared with the
   * database's; when they differ nothing is written and the differences are listed, because a
   * baseline that does not describe the database would make every later migration wrong.
   *
   * @return the migration written and recorded
   */
  public Migration baseline(Schema schema, String name) {
    if (!settings.folder().migrations().isEmpty()) {
      throw new MigrationException(MigrationException.Reason.FOLDER, "The migrations folder already has migrations: a baseline "
          + "starts a history. Run `" + settings.frontend().command("migrate status") + "` to see where the database stands.");
    }
    List<History.Entry> history = readHistory();
    if (history.stream().anyMatch(History.Entry::applied)) {
      throw new MigrationException(MigrationException.Reason.FOLDER, "The database already has Quarry migrations applied: "
          + "a baseline starts a history.");
    }
    String script = MigrationScript.render(SchemaDiff.between(null, schema));
    List<String> differences = underLock("Baseline", connection -> {
      Catalog actual = Catalog.read(connection);
      if (actual.isEmpty()) {
        throw new MigrationException(MigrationException.Reason.DRIFT, "The database is empty: there is nothing to baseline. "
            + "Run `" + settings.frontend().command("migrate dev") + "` to create it from the schema.");
      }
      return actual.differencesFrom(replay(List.of(), script)).stream().map(Migrator::explainBaseline).toList();
    });
    if (!differences.isEmpty()) {
      throw new MigrationException(MigrationException.Reason.DRIFT, "The database is not what the schema creates, so no "
          + "baseline was written:\n  " + String.join("\n  ", differences)
          + "\nChange the models (or the database) until they agree, then baseline again.");
    }
    Migration created = settings.folder().write(name, script, schema);
    underLock("Baseline", connection -> {
      History.create(connection);
      History.markApplied(connection, created);
      return null;
    });
    settings.out().accept("Created " + created.name() + " from the schema and marked it applied: the database is exactly "
        + "what it creates. New databases get it from `" + settings.frontend().command("migrate deploy") + "`.");
    return created;
  }

  private static String explainBaseline(String difference) {
    String line = difference.substring(2);
    return difference.startsWith("+") ? line + " exists in the database but not in the schema"
        : line + " is in the schema but not in the database";
  }

  /**
   * Marks a failed (or pending) migration as applied, after the user completed it by hand. Takes
   * the migration lock, so it never overlaps a deploy, and refuses a migration still running.
   */
  public void resolveApplied(String name) {
    Migration migration = settings.folder().migrations().stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new MigrationException(MigrationException.Reason.FOLDER, "No migration " + name + " in the folder."));
    underLock("Resolve", connection -> {
      History.create(connection);
      refuseRunning(connection, name);
      History.markApplied(connection, migration);
      return null;
    });
    settings.out().accept("Marked " + name + " as applied.");
  }

  /**
   * Marks a failed migration rolled back, so the next deploy runs it again, and drops the invalid
   * indexes its failed run left (a failed {@code create index concurrently} leaves one, which would
   * make the next run fail). Takes the migration lock and refuses a migration still running.
   */
  public void resolveRolledBack(String name) {
    underLock("Resolve", connection -> {
      refuseRunning(connection, name);
      if (History.markRolledBack(connection, name) == 0) {
        throw new MigrationException(MigrationException.Reason.FAILED, "Migration " + name + " has no failed run to mark rolled back.");
      }
      Migration migration = settings.folder().migrations().stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
      if (migration != null) {
        for (String index : MigrationRun.invalidIndexes(connection, SqlSplitter.split(migration.script()))) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("drop index concurrently if exists \"" + index.replace("\"", "\"\"") + "\"");
          }
          settings.out().accept("Dropped the invalid index " + index + " that the failed run left.");
        }
      }
      return null;
    });
    settings.out().accept("Marked " + name + " as rolled back; deploy will run it again.");
  }

  /** Refuses to resolve a migration whose statement still runs on the server. */
  private static void refuseRunning(Connection connection, String name) throws SQLException {
    String onServer = RunningMigrations.find(RunningMigrations.onServer(connection), name);
    if (onServer != null) {
      throw new MigrationException(MigrationException.Reason.LOCKED, "Migration " + name + " is still running on the server ("
          + onServer + "). Resolve it once it has ended; nothing was changed.");
    }
  }

  /**
   * The schema the database's applied migrations describe: the snapshot of the last applied
   * migration of the folder ({@code null} for a database without migrations).
   */
  public Schema appliedSchema() {
    List<String> applied = readHistory().stream().filter(History.Entry::applied).map(History.Entry::name).toList();
    Schema schema = null;
    for (Migration migration : settings.folder().migrations()) {
      if (applied.contains(migration.name()) && migration.schema() != null) {
        schema = migration.schema();
      }
    }
    return schema;
  }

  /** The SQL from one schema to another; changes nothing. */
  public static String diff(Schema from, Schema to) {
    return MigrationScript.render(SchemaDiff.between(from, to));
  }

  /**
   * Prototyping without history: brings the database to {@code schema} directly, from the schema
   * last pushed (kept in the database), refusing data loss unless accepted.
   */
  public List<Change> push(Schema schema, DataLoss dataLoss) {
    boolean acceptDataLoss = dataLoss == DataLoss.ACCEPT;
    Schema previous;
    try (Database database = Database.connect(settings.target())) {
      database.executeRaw("create table if not exists _quarry_push (id integer primary key, schema text not null)");
      List<String> stored = database.queryRaw("select schema from _quarry_push where id = 1", rs -> rs.getString(1));
      previous = stored.isEmpty() ? null : dev.quarry.schema.SchemaJson.read(stored.get(0));
      if (previous == null && database.queryRaw("select count(*) from pg_tables where schemaname = current_schema() "
          + "and tablename not like '\\_quarry%'", rs -> rs.getLong(1)).get(0) > 0) {
        throw new MigrationException(MigrationException.Reason.DRIFT, "The database has tables that db push did not create. "
            + "Push to an empty database, or use migrate reset / migrate dev.");
      }
      List<Change> changes = SchemaDiff.between(previous, schema);
      checkExistingRows(changes, acceptDataLoss, false);
      database.transaction(tx -> {
        for (Change change : changes) {
          change.statements().forEach(database::executeRaw);
        }
        database.executeRaw("insert into _quarry_push (id, schema) values (1, ?) on conflict (id) do update set schema = excluded.schema",
            dev.quarry.schema.SchemaJson.write(schema));
        return null;
      });
      settings.out().accept(changes.isEmpty() ? "The database is already in sync." : "Pushed " + changes.size() + " change(s).");
      return changes;
    }
  }
}
