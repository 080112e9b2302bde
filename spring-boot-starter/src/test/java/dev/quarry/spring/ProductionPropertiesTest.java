package dev.quarry.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.WritePosition;
import dev.quarry.runtime.config.DataSources;
import dev.quarry.runtime.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** quarry.replica-urls turns on replica routing; quarry.migrate.url migrates over a direct address and refuses a pooler's. */
class ProductionPropertiesTest {

  static EmbeddedPostgres server;
  static DatabaseUrl url;

  @BeforeAll
  static void start() {
    server = EmbeddedPostgres.startTemporary();
    url = server.url("postgres");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ApplicationContextRunner runner(DatabaseUrl application) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(QuarryAutoConfiguration.class))
        .withBean(DataSource.class, () -> DataSources.pooled(application, 2));
  }

  @Test
  void replicaUrlsTrackWritesForReadYourWrites() {
    // The "replica" is the server itself: enough to see the routing switched on.
    runner(url).withPropertyValues("quarry.migrate.enabled=false", "quarry.replica-urls=" + url.jdbcUrl() + "?user=postgres",
        "quarry.read-your-writes-wait=50ms").run(context -> {
          Database database = context.getBean(Database.class);
          database.executeRaw("create table if not exists tracked (x int)");
          assertTrue(database.lastWrite().lsn() > 0, "with replicas, a write's position is kept");
        });
    runner(url).withPropertyValues("quarry.migrate.enabled=false").run(context -> {
      Database database = context.getBean(Database.class);
      database.executeRaw("create table if not exists untracked (x int)");
      assertEquals(WritePosition.NONE, database.lastWrite(), "without replicas nothing is tracked");
    });
  }

  @Test
  void migrationsRunOverTheDirectUrlAndRefuseAPoolersAddress() throws Exception {
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        Statement statement = connection.createStatement()) {
      statement.execute("create database direct_target");
    }
    DatabaseUrl direct = new DatabaseUrl(url.jdbcUrl().replaceFirst("/postgres", "/direct_target"), url.user(), url.password());

    runner(url).withPropertyValues("quarry.migrate.url=" + direct.jdbcUrl() + "?user=postgres").run(context -> {
      assertNotNull(context.getBean(QuarryMigrations.class));
      assertEquals(List.of("20260101000000_init"), context.getBean(QuarryMigrations.class).applied(), "applied over the direct URL");
    });

    runner(url).withPropertyValues("quarry.migrate.url=" + direct.jdbcUrl() + "?user=postgres&pgbouncer=true").run(context -> {
      Throwable failure = context.getStartupFailure();
      assertNotNull(failure, "a pooler's address is refused");
      String message = String.valueOf(rootCause(failure).getMessage());
      assertTrue(message.contains("goes through PgBouncer") && message.contains("DIRECT_DATABASE_URL"), message);
    });
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
