package dev.quarry.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

  @TempDir Path folder;

  @Test
  void theVersionIsTheOneEveryQuarryToolStarts() {
    assertEquals("17", EmbeddedPostgres.MAJOR_VERSION);
    assertTrue(EmbeddedPostgres.VERSION.startsWith("17."), EmbeddedPostgres.VERSION);
  }

  @Test
  void aFolderMadeByAnotherMajorVersionIsRefusedWithBothVersionsAndTheFix() throws Exception {
    Files.writeString(folder.resolve("PG_VERSION"), "14\n");

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> EmbeddedPostgres.start(folder));

    assertTrue(e.getMessage().contains("was made by PostgreSQL 14"), e.getMessage());
    assertTrue(e.getMessage().contains("embedded PostgreSQL is version " + EmbeddedPostgres.VERSION), e.getMessage());
    assertTrue(e.getMessage().contains("Delete the folder"), e.getMessage());
    assertEquals("14\n", Files.readString(folder.resolve("PG_VERSION")), "the folder is left as it was");
  }

  @Test
  void theRuntimeFindsThisServerWhenNoUrlIsSet() {
    try (Database db = Database.builder().embedded(folder.resolve("data")).poolSize(1).build()) {
      assertEquals(java.util.List.of(EmbeddedPostgres.MAJOR_VERSION),
          db.queryRaw("select current_setting('server_version_num')::int / 10000 || ''", rs -> rs.getString(1)));
    }
    assertEquals(EmbeddedPostgres.MAJOR_VERSION + "\n", readVersion(folder.resolve("data")));
  }

  private static String readVersion(Path data) {
    try {
      return Files.readString(data.resolve("PG_VERSION"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
