package dev.quarry.importer.prisma;

import dev.quarry.importer.ImportException;
import java.util.ArrayList;
import java.util.List;

/** What an import cannot express, gathered so that one run names every place at fault. */
final class Problems {

  private final List<String> found = new ArrayList<>();

  void add(Position position, String message) {
    found.add(position + ": " + message);
  }

  void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    if (found.size() == 1) {
      throw new ImportException(found.get(0));
    }
    throw new ImportException("The schema cannot be imported as it is (" + found.size() + " problems):\n  "
        + String.join("\n  ", found));
  }
}
