package dev.quarry.maven;

import dev.quarry.migrate.DevOptions;
import dev.quarry.schema.Schema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn compile quarry:migrate-dev -Dquarry.name=init}: create a migration from the compiled
 * schema and apply it to the development database.
 */
@Mojo(name = "migrate-dev", threadSafe = true)
public final class MigrateDevMojo extends QuarryMojo {

  /** The migration's name. */
  @Parameter(property = "quarry.name", defaultValue = "migration")
  String name;

  /** Write the migration without applying it, to edit it first. */
  @Parameter(property = "quarry.createOnly", defaultValue = "false")
  boolean createOnly;

  /** Apply changes that lose data (a dropped column, a narrowed type). */
  @Parameter(property = "quarry.acceptDataLoss", defaultValue = "false")
  boolean acceptDataLoss;

  @Override
  void run() throws MojoFailureException {
    Schema compiled = readSchema();
    DevOptions options = DevOptions.named(name);
    options = createOnly ? options.createOnly() : options;
    DevOptions chosen = acceptDataLoss ? options.acceptingDataLoss() : options;
    withMigrator(migrator -> migrator.dev(compiled, chosen));
  }
}
