package dev.quarry.runtime.config;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.ConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The client alone carries no PostgreSQL: without quarry-embedded, a missing URL says both ways out. */
class EmbeddedDatabaseTest {

  @Test
  void withoutTheEmbeddedArtifactTheMessageNamesTheUrlAndTheArtifact() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> Database.builder().embedded(Path.of(".quarry", "postgres")).build());

    assertTrue(e.getMessage().contains("Set DATABASE_URL"), e.getMessage());
    assertTrue(e.getMessage().contains("dev.quarry:quarry-embedded"), e.getMessage());
  }
}
