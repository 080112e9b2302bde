package dev.quarry.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn quarry:db-execute -Dquarry.file=schema.sql}: run a SQL script on the database, all or
 * nothing; it is not recorded as a migration.
 */
@Mojo(name = "db-execute", threadSafe = true)
public final class DbExecuteMojo extends QuarryMojo {

  /** The SQL script. */
  @Parameter(property = "quarry.file", required = true)
  File file;

  @Override
  void run() throws MojoFailureException {
    String script;
    try {
      script = Files.readString(file.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoFailureException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    withMigrator(migrator -> migrator.execute(script));
  }
}
