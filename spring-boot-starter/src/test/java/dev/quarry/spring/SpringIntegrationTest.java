package dev.quarry.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migrate.MigrationException;
import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.runtime.error.UniqueConstraintException;
import dev.quarry.spring.QuarryEmbeddedDatabaseAutoConfiguration.QuarryDevelopmentDatabase;
import dev.quarry.spring.app.AccountStore;
import dev.quarry.spring.app.TestApplication;
import dev.quarry.spring.app.Writer;
import dev.quarry.spring.app.model.QuarryClient;
import dev.quarry.spring.app.model.UserRepository;
import dev.quarry.spring.app.model.User_;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The starter in a Spring Boot application, on a real (embedded) PostgreSQL. */
@SpringBootTest(classes = TestApplication.class, properties = "quarry.embedded.temporary=true")
class SpringIntegrationTest {

  @Autowired Writer writer;
  @Autowired UserRepository users;
  @Autowired QuarryClient client;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccountStore store;
  @Autowired QuarryMigrations migrations;
  @Autowired QuarryEndpoint endpoint;
  @Autowired QuarryHealthIndicator health;
  @Autowired MeterRegistry registry;
  @Autowired QuarryDevelopmentDatabase database;

  private long count(String email) {
    return users.count(User_.EMAIL.eq(email));
  }

  @Test
  void repositoriesAndTheClientAreBeansOverOneDatabase() {
    assertEquals(users.count(), client.users().count());
  }

  @Test
  void aTransactionalMethodThatThrowsLeavesNeitherTheQuarryNorTheJdbcTemplateRow() {
    assertThrows(IllegalStateException.class, () -> writer.writeBothThenFail("both@example.com"));

    assertEquals(0, count("both@example.com"));
    assertEquals(0, jdbc.queryForObject("select count(*) from users where email = 'jdbc-both@example.com'", Long.class));
  }

  @Test
  void requiresNewCommitsItsOwnPartWhenTheOuterRollsBack() {
    assertThrows(IllegalStateException.class, () -> writer.failAfterRequiresNew("outer@example.com", "inner@example.com"));

    assertEquals(0, count("outer@example.com"));
    assertEquals(1, count("inner@example.com"));
  }

  @Test
  void quarrysTransactionJoinsSpringsOrUsesASavepoint() {
    assertThrows(IllegalStateException.class, () -> writer.quarryTransactionJoinsThenFail("joined@example.com"));
    assertEquals(0, count("joined@example.com"), "Quarry's transaction did not commit on its own");

    writer.savepointRollsBackOnlyItsPart("kept@example.com", "dropped@example.com");
    assertEquals(1, count("kept@example.com"));
    assertEquals(0, count("dropped@example.com"));
  }

  @Test
  void readOnlyAndIsolationFromTheAnnotationReachTheConnection() {
    assertEquals("on", writer.readOnlySetting());
    assertEquals("serializable", writer.isolationSetting());
  }

  @Test
  void aRepositoryBeanGetsSpringsExceptionsWithQuarrysAsTheCause() {
    store.signUp("unique@example.com");
    DuplicateKeyException duplicate = assertThrows(DuplicateKeyException.class, () -> store.signUp("unique@example.com"));
    UniqueConstraintException cause = assertInstanceOf(UniqueConstraintException.class, duplicate.getCause());
    assertEquals(List.of("email"), cause.fields());

    DataIntegrityViolationException orphan = assertThrows(DataIntegrityViolationException.class, () -> store.addTodo(999_999, "x"));
    assertInstanceOf(ForeignKeyException.class, orphan.getCause());
  }

  @Test
  void migrationsRanAtStartUpAndTheEndpointAndHealthSaySo() {
    assertEquals(List.of("20260101000000_init"), migrations.applied());
    Map<String, Object> body = endpoint.migrations();
    assertEquals(List.of("20260101000000_init"), body.get("applied"));
    assertEquals(List.of(), body.get("pending"));
    assertEquals(Status.UP, health.health().getStatus());
  }

  @Test
  void theTimerCountsStatementsByModelOperationAndOutcome() {
    users.count();
    users.count();

    Timer timer = registry.find("quarry.statements").tag("model", "User").tag("operation", "select").tag("outcome", "success")
        .tag("target", "primary").timer();
    assertTrue(timer != null && timer.count() >= 2, "timer: " + registry.getMeters());
    assertTrue(registry.find("quarry.statements").meters().stream()
        .allMatch(meter -> meter.getId().getTags().stream().allMatch(tag -> List.of("model", "operation", "outcome", "target").contains(tag.getKey()))));
  }

  @Test
  void anEditedMigrationStopsStartUpWithQuarrysMessage() {
    jdbc.update("update _quarry_migrations set checksum = 'edited'");
    try {
      Exception e = assertThrows(Exception.class, () -> new SpringApplicationBuilder(TestApplication.class)
          .properties("spring.datasource.url=" + database.url().jdbcUrl(), "spring.datasource.username=" + database.url().user(),
              "spring.main.banner-mode=off")
          .run().close());
      Throwable cause = e;
      while (cause != null && !(cause instanceof MigrationException)) {
        cause = cause.getCause();
      }
      assertInstanceOf(MigrationException.class, cause, "stopped by Quarry: " + e);
      assertTrue(cause.getMessage().contains("was edited after it was applied"), cause.getMessage());
    } finally {
      jdbc.update("update _quarry_migrations set checksum = ?", checksum());
    }
  }

  private String checksum() {
    return dev.quarry.migrate.MigrationsFolder.fromClasspath(getClass().getClassLoader()).migrations().get(0).checksum();
  }
}
