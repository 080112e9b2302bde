package dev.quarry.maven;

import dev.quarry.migrate.Migrator;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn quarry:migrate-status}: applied, pending, failed and edited migrations, and drift;
 * fails the build when the database is not up to date. The report shows under {@code -q} too.
 */
@Mojo(name = "migrate-status", threadSafe = true)
public final class MigrateStatusMojo extends QuarryMojo {

  /** Skip the drift check, which needs a shadow database. */
  @Parameter(property = "quarry.noDrift", defaultValue = "false")
  boolean noDrift;

  @Override
  void run() throws MojoFailureException {
    Migrator.Status status = withMigrator(migrator -> migrator.status(!noDrift));
    section("Applied", status.applied());
    section("Pending", status.pending());
    section("In progress", status.inProgress());
    section("Failed", status.failed());
    section("Edited after being applied", status.edited());
    section("Applied but no longer in the folder", status.missing());
    section("Drift", status.drift());
    if (!status.upToDate()) {
      throw new MojoFailureException("The database is not up to date: apply pending migrations with `mvn quarry:migrate-deploy` "
          + "(or `mvn quarry:migrate-dev` in development).");
    }
    result("The database is up to date.");
  }

  private void section(String title, List<String> items) {
    if (!items.isEmpty()) {
      result(title + " (" + items.size() + "):");
      items.forEach(item -> result("  " + item));
    }
  }
}
