package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn compile quarry:db-push}: bring the database to the compiled schema without migrations. */
@Mojo(name = "db-push", threadSafe = true)
public final class DbPushMojo extends QuarryMojo {

  /** Apply changes that lose data or may fail on existing rows. */
  @Parameter(property = "quarry.acceptDataLoss", defaultValue = "false")
  boolean acceptDataLoss;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("db", "push"));
    if (acceptDataLoss) {
      command.add("--accept-data-loss");
    }
    return command;
  }
}
