package dev.quarry.importer.cli;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Where the records of {@code import prisma} and {@code db pull} go, and how either reports. */
final class Destination {

  @Option(names = "--package", required = true, description = "The Java package of the records, e.g. com.acme.model")
  String packageName;

  @Option(names = "--out", defaultValue = "src/main/java", description = "The source root to write into (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--overwrite", description = "Replace files already there (by default nothing is written then)")
  boolean overwrite;

  ExistingFiles existing() {
    return overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE;
  }

  /**
   * Runs {@code work} and prints its summary ({@code done} then the folder and counts) and notes
   * under {@code notesHeading}; exit code 0, or 1 with the reason on {@code err}.
   */
  int write(PrintWriter stdout, PrintWriter err, String done, String notesHeading, Supplier<ImportResult> work) {
    try {
      ImportResult result = work.get();
      stdout.println(done + " " + result.models() + " models and " + result.enums() + " enums into "
          + out.resolve(packageName.replace('.', '/')) + " (" + result.files().size() + " files).");
      if (!result.notes().isEmpty()) {
        stdout.println(notesHeading);
        result.notes().forEach(note -> stdout.println("  " + note));
      }
      return 0;
    } catch (FilesInTheWayException e) {
      err.println(e.getMessage() + ": --overwrite.");
      return 1;
    } catch (ImportException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
