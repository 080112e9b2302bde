package dev.quarry.spring;

import dev.quarry.migrate.Migrator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when the database answers and no migration failed or waits; the counts in the details. */
final class QuarryHealthIndicator extends AbstractHealthIndicator {

  private final QuarryMigrations migrations;

  QuarryHealthIndicator(QuarryMigrations migrations) {
    super("Quarry health check failed");
    this.migrations = migrations;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Migrator.Status status = QuarryActuatorAutoConfiguration.status(migrations);
    builder.withDetail("applied", status.applied().size())
        .withDetail("pending", status.pending())
        .withDetail("failed", status.failed());
    if (status.failed().isEmpty() && status.pending().isEmpty() && status.edited().isEmpty()) {
      builder.up();
    } else {
      builder.down();
    }
  }
}
