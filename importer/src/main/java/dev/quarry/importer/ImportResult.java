package dev.quarry.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote.
 *
 * @param files the source files written, {@code package-info.java} first
 * @param models how many model records
 * @param enums how many enums
 * @param notes what the source schema had that the records leave out, each with its place
 */
public record ImportResult(List<Path> files, int models, int enums, List<String> notes) {

  public ImportResult {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }
}
