package dev.quarry.maven;

import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn compile quarry:migrate-diff}: print the SQL from the migrations' schema to the
 * compiled one, which the next {@code migrate-dev} would write; changes nothing.
 */
@Mojo(name = "migrate-diff", threadSafe = true)
public final class MigrateDiffMojo extends QuarryMojo {

  @Override
  void run() throws MojoFailureException {
    String sql = Migrator.diff(MigrationsFolder.read(migrations.toPath()).lastSchema(), readSchema());
    (sql.isEmpty() ? "-- No difference." : sql.stripTrailing()).lines().forEach(this::result);
  }
}
