package dev.quarry.maven;

import dev.quarry.migrate.cli.QuarryCli;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal shares: where the database, the snapshot and the migrations are. */
abstract class QuarryMojo extends AbstractMojo {

  /** The database URL ({@code postgresql://...} or {@code jdbc:postgresql://...}); default {@code DATABASE_URL}, else embedded. */
  @Parameter(property = "quarry.url")
  String url;

  /** An empty database to use as the shadow, when the role may not create databases. */
  @Parameter(property = "quarry.shadowUrl")
  String shadowUrl;

  /** The migrations folder. */
  @Parameter(property = "quarry.migrations", defaultValue = "${project.basedir}/src/main/resources/db/quarry/migrations")
  File migrations;

  /** The compiled schema snapshot. */
  @Parameter(property = "quarry.schema", defaultValue = "${project.build.outputDirectory}/META-INF/quarry/schema.json")
  File schema;

  /** Where the embedded PostgreSQL keeps its data when no URL is set. */
  @Parameter(property = "quarry.dataDirectory", defaultValue = "${project.basedir}/.quarry/postgres")
  File dataDirectory;

  /** The command and its own options, such as {@code migrate dev --name init}. */
  abstract List<String> command();

  /** Whether the command reads the snapshot and the project options. */
  boolean usesTarget() {
    return true;
  }

  @Override
  public void execute() throws MojoFailureException {
    quietLibraries();
    run();
  }

  /** Runs the command with the project's options. */
  final void run() throws MojoFailureException {
    List<String> args = new ArrayList<>(command());
    if (usesTarget()) {
      add(args, "--url", url);
      add(args, "--shadow-database-url", shadowUrl);
      add(args, "--migrations", migrations.getPath());
      add(args, "--schema", schema.getPath());
      add(args, "--data-dir", dataDirectory.getPath());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = QuarryCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    out.toString().lines().forEach(getLog()::info);
    if (code != 0) {
      throw new MojoFailureException("quarry " + String.join(" ", command()) + " failed (exit code " + code + "):\n" + err);
    }
    err.toString().lines().forEach(getLog()::warn);
  }

  /** The embedded server and the pool report every step at info level; a build shows only Quarry's lines. */
  static void quietLibraries() {
    for (String logger : List.of("io.zonky", "com.zaxxer.hikari", "org.jooq")) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "warn");
      }
    }
  }

  static void add(List<String> args, String option, String value) {
    if (value != null && !value.isBlank()) {
      args.add(option);
      args.add(value);
    }
  }
}
