package dev.quarry.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn compile quarry:migrate-diff}: print the SQL from the migrations' schema to the compiled one; changes nothing. */
@Mojo(name = "migrate-diff", threadSafe = true)
public final class MigrateDiffMojo extends QuarryMojo {

  @Override
  boolean usesTarget() {
    return false;
  }

  @Override
  List<String> command() {
    return List.of("migrate", "diff", "--from-migrations", migrations.getPath(), "--to-schema", schema.getPath());
  }
}
