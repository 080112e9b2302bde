package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn quarry:migrate-status}: applied, pending, failed and edited migrations, and drift; fails when not up to date. */
@Mojo(name = "migrate-status", threadSafe = true)
public final class MigrateStatusMojo extends QuarryMojo {

  /** Skip the drift check, which needs a shadow database. */
  @Parameter(property = "quarry.noDrift", defaultValue = "false")
  boolean noDrift;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("migrate", "status"));
    if (noDrift) {
      command.add("--no-drift");
    }
    return command;
  }
}
