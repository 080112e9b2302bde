package dev.quarry.migrate;

import dev.quarry.schema.Schema;

/**
 * One migration of the folder.
 *
 * @param name the folder name, {@code <yyyyMMddHHmmss>_<name>}
 * @param script the text of its {@code migration.sql}
 * @param schema the snapshot it produces, or {@code null} when the folder has none
 */
public record Migration(String name, String script, Schema schema) {

  /** The checksum the history keeps. */
  public String checksum() {
    return MigrationScript.checksum(script);
  }
}
