package dev.quarry.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample runs end to end and shows every concept of the seed working. */
class SampleAppTest {

  @TempDir Path data;

  @Test
  void runsEveryConceptOfTheSeed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Database.Builder builder = Database.builder().poolSize(2);
    DatabaseUrl.fromEnvironment().ifPresentOrElse(builder::url, () -> builder.embedded(data));
    try (Database database = builder.build()) {
      new SampleApp(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(database);
      // A second run finds nothing pending and starts from the same seed.
      new SampleApp(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(database);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("Migrations applied: ") && output.contains("_init"), output);
    assertTrue(output.contains("Migrations applied: none pending"), output);
    assertTrue(output.contains("#1 Notes on the Analytical Engine by ada@example.com"), output);
    assertTrue(output.contains("ada@example.com: [Notes on the Analytical Engine, A draft]"), output);
    assertTrue(output.contains("author 1: 2"), output);
    assertTrue(output.contains("Ada's open todos: [Reply to Bob]"), output);
    assertTrue(output.contains("Deleting Ada was refused: The row is still referenced through Todo.user"), output);
  }
}
