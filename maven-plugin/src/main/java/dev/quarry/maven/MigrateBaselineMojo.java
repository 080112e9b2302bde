package dev.quarry.maven;

import dev.quarry.schema.Schema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn compile quarry:migrate-baseline}: start the history of a database another tool made
 * (Prisma Migrate, or SQL by hand): write a first migration from the compiled schema and mark it
 * applied, after checking that the database is exactly what it creates.
 */
@Mojo(name = "migrate-baseline", threadSafe = true)
public final class MigrateBaselineMojo extends QuarryMojo {

  /** The migration's name. */
  @Parameter(property = "quarry.name", defaultValue = "baseline")
  String name;

  @Override
  void run() throws MojoFailureException {
    Schema compiled = readSchema();
    withMigrator(migrator -> migrator.baseline(compiled, name));
  }
}
