package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn quarry:migrate-reset -Dquarry.force}: drop everything and apply every migration again. */
@Mojo(name = "migrate-reset", threadSafe = true)
public final class MigrateResetMojo extends QuarryMojo {

  /** Reset without asking; needed outside a terminal. */
  @Parameter(property = "quarry.force", defaultValue = "false")
  boolean force;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("migrate", "reset"));
    if (force) {
      command.add("--force");
    }
    return command;
  }
}
