package dev.quarry.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn quarry:migrate-reset -Dquarry.force}: drop everything and apply every migration again. */
@Mojo(name = "migrate-reset", threadSafe = true)
public final class MigrateResetMojo extends QuarryMojo {

  /** Confirms the reset: every table and row of the database is dropped. */
  @Parameter(property = "quarry.force", defaultValue = "false")
  boolean force;

  @Override
  void run() throws MojoFailureException {
    if (!force) {
      throw new MojoFailureException("A reset drops every table and row of the database, then applies all migrations again. "
          + "Nothing was changed; confirm with -Dquarry.force.");
    }
    withMigrator(migrator -> migrator.reset());
  }
}
