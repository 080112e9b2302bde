package dev.quarry.runtime;

import dev.quarry.runtime.error.ConfigurationException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.schema.Schema;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSnapshotsTest {

  @TempDir Path dir;

  private static URLClassLoader loaderOf(Path... roots) throws Exception {
    URL[] urls = new URL[roots.length];
    for (int i = 0; i < roots.length; i++) {
      urls[i] = roots[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }

  private static Path valid() throws Exception {
    return Path.of(SchemaSnapshotsTest.class.getResource("/snapshots/valid/" + Schema.RESOURCE_PATH).toURI())
        .getParent().getParent().getParent();
  }

  @Test
  void readsTheSnapshotThatTheProcessorWrote() throws Exception {
    try (URLClassLoader loader = loaderOf(valid())) {
      Schema schema = SchemaSnapshots.fromClasspath(loader);

      assertEquals("posts", schema.model("Post").orElseThrow().table());
    }
  }

  @Test
  void aMissingSnapshotNamesTheProcessorToEnable() throws Exception {
    try (URLClassLoader loader = loaderOf(dir)) {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> SchemaSnapshots.fromClasspath(loader));

      assertTrue(e.getMessage().contains("dev.quarry:quarry-processor"), e.getMessage());
      assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
    }
  }

  @Test
  void aSnapshotFromANewerQuarryIsRefusedWithItsLocation() throws Exception {
    Path file = dir.resolve(Schema.RESOURCE_PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"formatVersion\": 7, \"enums\": [], \"models\": [], \"joinTables\": []}");
    try (URLClassLoader loader = loaderOf(dir)) {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> SchemaSnapshots.fromClasspath(loader));

      assertTrue(e.getMessage().contains("format version 7"), e.getMessage());
      assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    }
  }

  @Test
  void twoSnapshotsOnTheClassPathAreRefused() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Path file = other.resolve(Schema.RESOURCE_PATH);
    Files.createDirectories(file.getParent());
    Files.copy(valid().resolve(Schema.RESOURCE_PATH), file);
    try (URLClassLoader loader = loaderOf(valid(), other)) {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> SchemaSnapshots.fromClasspath(loader));

      assertTrue(e.getMessage().contains("More than one"), e.getMessage());
    }
  }
}
