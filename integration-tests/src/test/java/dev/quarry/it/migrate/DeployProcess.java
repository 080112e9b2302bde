package dev.quarry.it.migrate;

import dev.quarry.it.TestDatabase;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.config.DatabaseUrl;
import java.nio.file.Path;

/** A deploy in a process of its own, for tests that kill it: {@code DeployProcess <jdbc url> <user> <folder>}. */
public final class DeployProcess {

  private DeployProcess() {}

  /** Deploys the folder's migrations to the database, then exits. */
  public static void main(String[] args) {
    DatabaseUrl url = new DatabaseUrl(args[0], args[1].isEmpty() ? null : args[1], null);
    new Migrator(Migrator.Settings.of(TestDatabase.dataSource(url), url, MigrationsFolder.read(Path.of(args[2])))).deploy();
  }
}
