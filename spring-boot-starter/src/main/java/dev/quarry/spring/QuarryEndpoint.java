package dev.quarry.spring;

import dev.quarry.migrate.Migrator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/quarry}: the migrations applied, pending, in progress, failed and edited. */
@Endpoint(id = "quarry")
public final class QuarryEndpoint {

  private final QuarryMigrations migrations;

  QuarryEndpoint(QuarryMigrations migrations) {
    this.migrations = migrations;
  }

  /** The state of the migrations. */
  @ReadOperation
  public Map<String, Object> migrations() {
    Migrator.Status status = QuarryActuatorAutoConfiguration.status(migrations);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("applied", status.applied());
    body.put("pending", status.pending());
    body.put("inProgress", status.inProgress());
    body.put("failed", status.failed());
    body.put("edited", status.edited());
    body.put("appliedAtStartup", migrations.applied());
    return body;
  }
}
