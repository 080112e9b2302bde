package dev.quarry.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn quarry:migrate-deploy}: apply pending migrations. */
@Mojo(name = "migrate-deploy", threadSafe = true)
public final class MigrateDeployMojo extends QuarryMojo {

  @Override
  List<String> command() {
    return List.of("migrate", "deploy");
  }
}
