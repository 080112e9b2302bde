package dev.quarry.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.runtime.config.DatabaseUrl;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry studio} takes the database URL from a file, so a password stays out of the process list. */
class StudioMainTest {

  static StudioFixture fixture;

  @TempDir Path folder;

  @BeforeAll
  static void start() {
    fixture = new StudioFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void readsTheUrlFromAFile() throws Exception {
    Path schema = folder.resolve("schema.json");
    try (InputStream in = StudioMainTest.class.getResourceAsStream("/blog-schema.json")) {
      Files.copy(in, schema);
    }
    DatabaseUrl url = fixture.url;
    Path urlFile = folder.resolve("database.url");
    Files.writeString(urlFile, url.jdbcUrl() + (url.jdbcUrl().contains("?") ? "&" : "?") + "user=" + url.user() + "\n");

    assertEquals(0, StudioMain.run("--url-file", urlFile.toString(), "--schema", schema.toString(), "--check"));
    assertEquals(2, StudioMain.run("--url-file", folder.resolve("missing").toString(), "--schema", schema.toString(), "--check"));
  }
}
