package dev.quarry.spring;

import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the migrations on the class path ({@code db/quarry/migrations}) when the application
 * starts, before the {@code Database} (and so any repository) is created; a failed or edited
 * migration stops start-up with Quarry's message.
 */
public final class QuarryMigrations implements InitializingBean {

  private final DataSource dataSource;
  private final ClassLoader loader;
  private List<String> applied = List.of();

  QuarryMigrations(DataSource dataSource, ClassLoader loader) {
    this.dataSource = dataSource;
    this.loader = loader;
  }

  @Override
  public void afterPropertiesSet() {
    applied = migrator().deploy();
  }

  /** The migrations applied at start-up. */
  public List<String> applied() {
    return applied;
  }

  /** A migrator over the application's database and the migrations on its class path. */
  Migrator migrator() {
    return new Migrator(Migrator.Settings.of(dataSource, null, MigrationsFolder.fromClasspath(loader)));
  }
}
