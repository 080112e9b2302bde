package dev.quarry.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn quarry:migrate-deploy}: apply pending migrations (CI, production). */
@Mojo(name = "migrate-deploy", threadSafe = true)
public final class MigrateDeployMojo extends QuarryMojo {

  @Override
  void run() {
    withMigrator(migrator -> migrator.deploy());
  }
}
