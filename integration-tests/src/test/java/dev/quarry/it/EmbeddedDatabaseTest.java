package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.runtime.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a URL, Quarry runs its own PostgreSQL whose data survives restarts in a local folder. */
class EmbeddedDatabaseTest {

  @TempDir Path folder;

  @Test
  void dataStaysInTheFolderAcrossRestarts() {
    Path data = folder.resolve(".quarry/postgres");
    try (Database db = Database.builder().embedded(data).poolSize(2).build()) {
      db.executeRaw("create table notes (text text)");
      db.executeRaw("insert into notes values (?)", "kept");
    }
    try (Database db = Database.builder().embedded(data).poolSize(2).build()) {
      assertEquals("kept", db.queryRaw("select text from notes", rs -> rs.getString(1)).get(0));
      assertEquals("17", db.queryRaw("show server_version", rs -> rs.getString(1)).get(0).split("\\.")[0]);
    }
  }
}
