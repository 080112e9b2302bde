package dev.quarry.importer.prisma;

import dev.quarry.importer.ImportException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What an import cannot express, gathered so that one run names every place at fault, in file order. */
final class Problems {

  private record Problem(Position position, String message) {}

  private static final Comparator<Problem> IN_FILE_ORDER = Comparator
      .comparing((Problem p) -> p.position().file())
      .thenComparingInt(p -> p.position().line())
      .thenComparingInt(p -> p.position().column());

  private final List<Problem> problems = new ArrayList<>();

  void add(Position position, String message) {
    problems.add(new Problem(position, message));
  }

  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<String> found = problems.stream().sorted(IN_FILE_ORDER).map(p -> p.position() + ": " + p.message()).toList();
    if (found.size() == 1) {
      throw new ImportException(found.get(0));
    }
    throw new ImportException("The schema cannot be imported as it is (" + found.size() + " problems):\n  "
        + String.join("\n  ", found));
  }
}
