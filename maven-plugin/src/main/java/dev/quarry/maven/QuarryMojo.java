package dev.quarry.maven;

import dev.quarry.migrate.Frontend;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.TargetDatabase;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.QuarryException;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: where the database, the snapshot and the migrations are, and how a
 * goal's outcome reaches the build. Goals call the migrate API and get typed results; a refusal
 * fails the build with a message that names the {@code -Dquarry.*} property to set.
 */
abstract class QuarryMojo extends AbstractMojo {

  /**
   * The database URL ({@code postgresql://...} or {@code jdbc:postgresql://...}), the server's own
   * address, not PgBouncer's; default {@code DIRECT_DATABASE_URL}, else {@code DATABASE_URL}, else embedded.
   */
  @Parameter(property = "quarry.url")
  String url;

  /** The server's own address when {@code quarry.url} is a pooler's; wins over it. */
  @Parameter(property = "quarry.directUrl")
  String directUrl;

  /** An empty database to use as the shadow, when the role may not create databases; default {@code SHADOW_DATABASE_URL}. */
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

  /** Seconds to wait for another deploy's migration lock. */
  @Parameter(property = "quarry.lockWait", defaultValue = "10")
  int lockWait;

  @Override
  public final void execute() throws MojoFailureException {
    quietLibraries();
    try {
      run();
    } catch (QuarryException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** The goal's work. */
  abstract void run() throws MojoFailureException;

  private String address() {
    return directUrl != null && !directUrl.isBlank() ? directUrl : url;
  }

  /** Opens the project's database and runs {@code work} on it. */
  final <T> T withDatabase(Function<TargetDatabase, T> work) {
    try (TargetDatabase database = TargetDatabase.open(address(), dataDirectory.toPath(), getLog()::info)) {
      return work.apply(database);
    }
  }

  /** Opens the project's database and runs {@code work} with a migrator over it. */
  final <T> T withMigrator(Function<Migrator, T> work) {
    try (TargetDatabase database = TargetDatabase.open(address(), dataDirectory.toPath(), getLog()::info)) {
      String shadow = shadowUrl != null && !shadowUrl.isBlank() ? shadowUrl : System.getenv("SHADOW_DATABASE_URL");
      Migrator.Settings settings = database.settings(MigrationsFolder.read(migrations.toPath()))
          .withOut(getLog()::info)
          .withFrontend(Frontend.MAVEN)
          .withLockWait(Duration.ofSeconds(lockWait));
      if (shadow != null && !shadow.isBlank()) {
        settings = settings.withShadow(DatabaseUrl.parse(shadow));
      }
      return work.apply(new Migrator(settings));
    }
  }

  /** The compiled snapshot; a clear failure when the processor did not write one. */
  final Schema readSchema() throws MojoFailureException {
    if (!schema.isFile()) {
      throw new MojoFailureException("No schema snapshot at " + schema + ". Run the goal after compiling (mvn compile "
          + "quarry:migrate-dev), with dev.quarry:quarry-processor in the annotationProcessorPaths of maven-compiler-plugin "
          + "3.5 or newer (older versions ignore annotationProcessorPaths without a word), or point -Dquarry.schema at it.");
    }
    try {
      return SchemaJson.read(Files.readString(schema.toPath(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoFailureException("Cannot read the schema snapshot " + schema + ": " + e.getMessage(), e);
    }
  }

  /**
   * A goal's result: logged at info level, or, when the build is quiet ({@code mvn -q}), printed
   * on standard output, since the result is what the goal was run for.
   */
  final void result(String line) {
    if (getLog().isInfoEnabled()) {
      getLog().info(line);
    } else {
      System.out.println(line);
    }
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
}
