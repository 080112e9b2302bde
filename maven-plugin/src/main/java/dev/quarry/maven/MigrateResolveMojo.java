package dev.quarry.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn quarry:migrate-resolve -Dquarry.rolledBack=NAME} (run it again) or
 * {@code -Dquarry.applied=NAME} (finished by hand): unblocks deploys after a failed migration.
 */
@Mojo(name = "migrate-resolve", threadSafe = true)
public final class MigrateResolveMojo extends QuarryMojo {

  /** The migration to mark applied, after completing it by hand. */
  @Parameter(property = "quarry.applied")
  String applied;

  /** The failed migration to mark rolled back, so the next deploy runs it again. */
  @Parameter(property = "quarry.rolledBack")
  String rolledBack;

  @Override
  void run() throws MojoFailureException {
    boolean hasApplied = applied != null && !applied.isBlank();
    boolean hasRolledBack = rolledBack != null && !rolledBack.isBlank();
    if (hasApplied == hasRolledBack) {
      throw new MojoFailureException("Name one migration: -Dquarry.rolledBack=NAME to run a failed migration again, or "
          + "-Dquarry.applied=NAME to mark it done after completing it by hand.");
    }
    withMigrator(migrator -> {
      if (hasApplied) {
        migrator.resolveApplied(applied);
      } else {
        migrator.resolveRolledBack(rolledBack);
      }
      return null;
    });
  }
}
