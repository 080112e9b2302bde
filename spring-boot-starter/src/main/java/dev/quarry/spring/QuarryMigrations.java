package dev.quarry.spring;

import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the migrations on the class path ({@code db/quarry/migrations}) when the application
 * starts, before the {@code Database} (and so any repository) is created; a failed or edited
 * migration stops start-up with Quarry's message. With {@code quarry.migrate.url} (or
 * {@code DIRECT_DATABASE_URL}) they run over that direct address, on a small pool of their own
 * closed with the context, since migrations need a session PgBouncer would not keep.
 */
public final class QuarryMigrations implements InitializingBean, DisposableBean {

  private final DataSource dataSource;
  private final ClassLoader loader;
  private final AutoCloseable owned;
  private List<String> applied = List.of();

  QuarryMigrations(DataSource dataSource, ClassLoader loader, AutoCloseable owned) {
    this.dataSource = dataSource;
    this.loader = loader;
    this.owned = owned;
  }

  @Override
  public void destroy() throws Exception {
    if (owned != null) {
      owned.close();
    }
  }

  @Override
  public void afterPropertiesSet() throws Exception {
    try {
      applied = migrator().deploy();
    } catch (RuntimeException e) {
      // A bean that fails to start is never destroyed: close the direct pool here.
      destroy();
      throw e;
    }
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
