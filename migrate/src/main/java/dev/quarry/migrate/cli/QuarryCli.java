package dev.quarry.migrate.cli;

import dev.quarry.migrate.DataLoss;
import dev.quarry.migrate.DevOptions;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.TargetDatabase;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.ConfigurationException;
import dev.quarry.runtime.error.QuarryException;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quarry}: the migration commands for people and CI scripts. Exit codes: 0 done (for
 * {@code status}: up to date), 1 failed (for {@code status}: something to do), 2 bad usage or
 * configuration (an unknown option, a malformed URL, no database),
 * 3 drift, 4 data loss refused, 5 locked, 6 edited migration, 7 bad migrations folder, 8 shadow
 * database unavailable. Nothing prompts unless a terminal is attached; every prompt has a flag.
 */
@Command(name = "quarry", mixinStandardHelpOptions = true, version = "Quarry 0.1.0",
    description = "Migrations for Quarry models.", subcommands = {QuarryCli.Migrate.class, QuarryCli.Db.class})
public final class QuarryCli {

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line, writing to the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /**
   * The command line writing to the given streams, with Quarry's exit codes; a launcher may add
   * commands of its own (such as {@code studio}) before executing it.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new QuarryCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      err.println(e.getMessage());
      if (e instanceof ConfigurationException) {
        return 2;
      }
      return e instanceof MigrationException m ? exitCode(m.reason()) : 1;
    });
    return cli;
  }

  static int exitCode(MigrationException.Reason reason) {
    return switch (reason) {
      case FAILED -> 1;
      case DRIFT -> 3;
      case DATA_LOSS -> 4;
      case LOCKED -> 5;
      case EDITED -> 6;
      case FOLDER -> 7;
      case SHADOW -> 8;
    };
  }

  /** The options every command shares: where the database, the snapshot and the migrations are. */
  static final class Target {
    @Option(names = {"--url", "--direct-url"}, description = "The database: postgresql://user:password@host:port/db or "
        + "jdbc:postgresql://..., the server's own address, not PgBouncer's (default: $DIRECT_DATABASE_URL, else $DATABASE_URL, "
        + "else the embedded PostgreSQL in .quarry/postgres). Other users of the machine can read a command line (ps): with a "
        + "password, prefer the environment or --url-file")
    String url;

    @Option(names = "--url-file", description = "A file whose first line is the database URL (keeps the password out of ps)")
    Path urlFile;

    @Option(names = "--shadow-database-url", description = "An empty database to replay migrations in, when the role may not "
        + "create databases (default: $SHADOW_DATABASE_URL)")
    String shadowUrl;

    @Option(names = "--migrations", description = "The migrations folder (default: ${DEFAULT-VALUE})",
        defaultValue = "src/main/resources/db/quarry/migrations")
    Path migrations;

    @Option(names = "--schema", description = "The compiled schema snapshot (default: ${DEFAULT-VALUE})",
        defaultValue = "target/classes/META-INF/quarry/schema.json")
    Path schema;

    @Option(names = "--lock-wait", description = "Seconds to wait for another deploy's lock (default: ${DEFAULT-VALUE})",
        defaultValue = "10")
    int lockWait;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE})",
        defaultValue = ".quarry/postgres")
    Path dataDirectory;

    /** Opens the database and runs {@code work} with a migrator over it. */
    <T> T withMigrator(PrintWriter out, Work<T> work) throws Exception {
      try (TargetDatabase database = urlFile != null ? TargetDatabase.open(DatabaseUrl.fromFile(urlFile))
          : TargetDatabase.open(url, dataDirectory, out::println)) {
        String shadow = shadowUrl != null ? shadowUrl : System.getenv("SHADOW_DATABASE_URL");
        Migrator.Settings settings = database.settings(MigrationsFolder.read(migrations))
            .withOut(out::println)
            .withLockWait(java.time.Duration.ofSeconds(lockWait));
        if (shadow != null && !shadow.isBlank()) {
          settings = settings.withShadow(DatabaseUrl.parse(shadow));
        }
        return work.run(new Migrator(settings));
      }
    }

    Schema readSchema() {
      if (!Files.isRegularFile(schema)) {
        throw new QuarryException("No schema snapshot at " + schema + ". Compile the project first (mvn compile), "
            + "with dev.quarry:quarry-processor in annotationProcessorPaths, or point --schema at it.");
      }
      try {
        return SchemaJson.read(Files.readString(schema, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Work with a migrator. */
  interface Work<T> {
    T run(Migrator migrator) throws Exception;
  }

  /** Asks a yes/no question on the terminal; {@code false} without one. */
  static boolean confirm(PrintWriter out, String question) throws IOException {
    if (System.console() == null) {
      return false;
    }
    out.print(question + " [y/N] ");
    out.flush();
    String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
  }

  @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create and apply migrations.",
      subcommands = {Dev.class, Deploy.class, Status.class, Reset.class, Diff.class, Resolve.class, Baseline.class})
  static final class Migrate {
    @ParentCommand QuarryCli root;
  }

  @Command(name = "dev", mixinStandardHelpOptions = true,
      description = "Create a migration from the compiled schema and apply it to the development database.")
  static final class Dev implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", description = "The migration's name", defaultValue = "migration")
    String name;

    @Option(names = "--create-only", description = "Write the migration without applying it")
    boolean createOnly;

    @Option(names = "--accept-data-loss", description = "Apply changes that lose data or may fail on existing rows")
    boolean acceptDataLoss;

    private DevOptions options() {
      DevOptions options = DevOptions.named(name);
      options = createOnly ? options.createOnly() : options;
      return acceptDataLoss ? options.acceptingDataLoss() : options;
    }

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Schema schema = target.readSchema();
      return target.withMigrator(out, migrator -> {
        try {
          migrator.dev(schema, options());
        } catch (MigrationException e) {
          if (e.reason() != MigrationException.Reason.DRIFT || !confirm(out, e.getMessage() + "\nReset the database now (all data is lost)?")) {
            throw e;
          }
          migrator.reset();
          migrator.dev(schema, options());
        }
        return 0;
      });
    }
  }

  @Command(name = "baseline", mixinStandardHelpOptions = true,
      description = "Start the history of a database another tool made: write a first migration from the compiled "
          + "schema and mark it applied, after checking the database is exactly what it creates.")
  static final class Baseline implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", description = "The migration's name", defaultValue = "baseline")
    String name;

    @Override
    public Integer call() throws Exception {
      Schema schema = target.readSchema();
      return target.withMigrator(spec.commandLine().getOut(), migrator -> {
        migrator.baseline(schema, name);
        return 0;
      });
    }
  }

  @Command(name = "deploy", mixinStandardHelpOptions = true, description = "Apply pending migrations (for production and CI).")
  static final class Deploy implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return target.withMigrator(spec.commandLine().getOut(), migrator -> {
        migrator.deploy();
        return 0;
      });
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Show applied, pending, failed and edited migrations, and drift. Exits 1 when something needs doing.")
  static final class Status implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-drift", description = "Skip the drift check (it needs a shadow database)")
    boolean noDrift;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      return target.withMigrator(out, migrator -> {
        Migrator.Status status = migrator.status(!noDrift);
        print(out, "Applied", status.applied());
        print(out, "Pending", status.pending());
        print(out, "In progress", status.inProgress());
        print(out, "Failed", status.failed());
        print(out, "Edited after being applied", status.edited());
        print(out, "Applied but no longer in the folder", status.missing());
        print(out, "Drift", status.drift());
        out.println(status.upToDate() ? "The database is up to date." : "The database is not up to date.");
        return status.upToDate() ? 0 : 1;
      });
    }

    private static void print(PrintWriter out, String title, List<String> items) {
      if (!items.isEmpty()) {
        out.println(title + " (" + items.size() + "):");
        items.forEach(item -> out.println("  " + item));
      }
    }
  }

  @Command(name = "reset", mixinStandardHelpOptions = true,
      description = "Drop everything in the database and apply every migration again.")
  static final class Reset implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Do not ask (needed when no terminal is attached)")
    boolean force;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (!force && !confirm(out, "Drop every table and row of the database, then apply all migrations?")) {
        spec.commandLine().getErr().println("Reset not confirmed; nothing changed. Pass --force to reset without asking.");
        return 1;
      }
      return target.withMigrator(out, migrator -> {
        migrator.reset();
        return 0;
      });
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Print the SQL from one schema to another; changes nothing.")
  static final class Diff implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin Target target;

    @Option(names = "--from-database", description = "From the live database (--url): the schema its applied migrations describe")
    boolean fromDatabase;

    @Option(names = "--from-empty", description = "From an empty database")
    boolean fromEmpty;

    @Option(names = "--from-migrations", description = "From the schema a migrations folder produces")
    Path fromMigrations;

    @Option(names = "--from-schema", description = "From a schema snapshot file")
    Path fromSchema;

    @Option(names = "--to-migrations", description = "To the schema a migrations folder produces")
    Path toMigrations;

    @Option(names = "--to-database", description = "To the live database (--url): the schema its applied migrations describe")
    boolean toDatabase;

    @Option(names = "--to-schema", description = "To a schema snapshot file (default: ${DEFAULT-VALUE})",
        defaultValue = "target/classes/META-INF/quarry/schema.json")
    Path toSchema;

    @Override
    public Integer call() throws Exception {
      Schema from = fromEmpty ? null : fromMigrations != null ? MigrationsFolder.read(fromMigrations).lastSchema()
          : fromSchema != null ? read(fromSchema)
          : fromDatabase ? target.withMigrator(spec.commandLine().getErr(), Migrator::appliedSchema) : null;
      Schema to = toMigrations != null ? MigrationsFolder.read(toMigrations).lastSchema()
          : toDatabase ? target.withMigrator(spec.commandLine().getErr(), Migrator::appliedSchema) : read(toSchema);
      String sql = Migrator.diff(from, to);
      spec.commandLine().getOut().print(sql.isEmpty() ? "-- No difference.\n" : sql);
      spec.commandLine().getOut().flush();
      return 0;
    }

    private static Schema read(Path file) {
      try {
        return SchemaJson.read(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the snapshot " + file, e);
      }
    }
  }

  @Command(name = "resolve", mixinStandardHelpOptions = true,
      description = "Mark a failed migration as applied (finished by hand) or rolled back (to run again).")
  static final class Resolve implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
      @Option(names = "--applied", description = "The migration to mark applied")
      String applied;

      @Option(names = "--rolled-back", description = "The migration to mark rolled back")
      String rolledBack;
    }

    @Override
    public Integer call() throws Exception {
      return target.withMigrator(spec.commandLine().getOut(), migrator -> {
        if (choice.applied != null) {
          migrator.resolveApplied(choice.applied);
        } else {
          migrator.resolveRolledBack(choice.rolledBack);
        }
        return 0;
      });
    }
  }

  @Command(name = "db", mixinStandardHelpOptions = true, description = "Work on the database without migrations.",
      subcommands = {Push.class, Execute.class})
  static final class Db {}

  @Command(name = "execute", mixinStandardHelpOptions = true,
      description = "Run a SQL script on the database, all or nothing (not recorded as a migration).")
  static final class Execute implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, description = "The SQL script")
    Path file;

    @Override
    public Integer call() throws Exception {
      String script = Files.readString(file, StandardCharsets.UTF_8);
      return target.withMigrator(spec.commandLine().getOut(), migrator -> {
        migrator.execute(script);
        return 0;
      });
    }
  }

  @Command(name = "push", mixinStandardHelpOptions = true,
      description = "Bring the database to the compiled schema directly, without a migration (for prototyping).")
  static final class Push implements Callable<Integer> {
    @Mixin Target target;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--accept-data-loss", description = "Apply changes that lose data or may fail on existing rows")
    boolean acceptDataLoss;

    @Override
    public Integer call() throws Exception {
      Schema schema = target.readSchema();
      return target.withMigrator(spec.commandLine().getOut(), migrator -> {
        migrator.push(schema, acceptDataLoss ? DataLoss.ACCEPT : DataLoss.REFUSE);
        return 0;
      });
    }
  }
}
