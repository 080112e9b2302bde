package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn compile quarry:migrate-dev -Dquarry.name=init}: create a migration from the compiled schema and apply it. */
@Mojo(name = "migrate-dev", threadSafe = true)
public final class MigrateDevMojo extends QuarryMojo {

  /** The migration's name. */
  @Parameter(property = "quarry.name", defaultValue = "migration")
  String name;

  /** Write the migration without applying it. */
  @Parameter(property = "quarry.createOnly", defaultValue = "false")
  boolean createOnly;

  /** Apply changes that lose data or may fail on existing rows. */
  @Parameter(property = "quarry.acceptDataLoss", defaultValue = "false")
  boolean acceptDataLoss;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("migrate", "dev", "--name", name));
    if (createOnly) {
      command.add("--create-only");
    }
    if (acceptDataLoss) {
      command.add("--accept-data-loss");
    }
    return command;
  }
}
