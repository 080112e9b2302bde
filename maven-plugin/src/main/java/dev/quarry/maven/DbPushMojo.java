package dev.quarry.maven;

import dev.quarry.migrate.DataLoss;
import dev.quarry.schema.Schema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn compile quarry:db-push}: bring the database to the compiled schema without migrations (prototyping). */
@Mojo(name = "db-push", threadSafe = true)
public final class DbPushMojo extends QuarryMojo {

  /** Apply changes that lose data (a dropped column, a narrowed type). */
  @Parameter(property = "quarry.acceptDataLoss", defaultValue = "false")
  boolean acceptDataLoss;

  @Override
  void run() throws MojoFailureException {
    Schema compiled = readSchema();
    withMigrator(migrator -> migrator.push(compiled, acceptDataLoss ? DataLoss.ACCEPT : DataLoss.REFUSE));
  }
}
