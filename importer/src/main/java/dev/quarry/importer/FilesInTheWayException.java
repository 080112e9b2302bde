package dev.quarry.importer;

import java.nio.file.Path;
import java.util.List;

/** An import that would replace files already there, and so wrote nothing. */
public final class FilesInTheWayException extends ImportException {

  private static final long serialVersionUID = 1L;

  private final transient List<Path> files;

  /** The files that are in the way. */
  public FilesInTheWayException(List<Path> files) {
    super("Nothing was written: " + files.size() + " of the files to write already exist ("
        + String.join(", ", files.stream().limit(5).map(Path::toString).toList()) + (files.size() > 5 ? ", ..." : "")
        + "). Move them away, or let the import replace them");
    this.files = List.copyOf(files);
  }

  /** The files that already exist. */
  public List<Path> files() {
    return files;
  }
}
