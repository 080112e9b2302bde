package dev.quarry.importer.cli;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.pull.DatabasePull;
import dev.quarry.migrate.TargetDatabase;
import dev.quarry.runtime.config.DatabaseUrl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarry db pull --package ... [--url ...] [--out ...] [--overwrite]}. */
@Command(name = "pull", mixinStandardHelpOptions = true,
    description = "Write one record per table and view and one enum per enum type of a live database, so that Quarry's "
        + "migration of them makes the same catalog.")
public final class PullCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--url", description = "The database (default: $DATABASE_URL, else the embedded PostgreSQL in --data-dir)")
  String url;

  @Option(names = "--url-file", description = "A file whose first line is the database URL (keeps the password out of ps)")
  Path urlFile;

  @Option(names = "--data-dir", defaultValue = ".quarry/postgres", description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE})")
  Path dataDirectory;

  @Option(names = "--package", required = true, description = "The Java package of the records, e.g. com.acme.model")
  String packageName;

  @Option(names = "--out", defaultValue = "src/main/java", description = "The source root to write into (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--overwrite", description = "Replace files already there (by default nothing is written then)")
  boolean overwrite;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (TargetDatabase database = urlFile != null ? TargetDatabase.open(DatabaseUrl.fromFile(urlFile))
        : TargetDatabase.open(url, dataDirectory, stdout::println)) {
      ImportResult result = DatabasePull.run(database.dataSource(), packageName, out,
          overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE);
      stdout.println("Pulled " + result.models() + " models and " + result.enums() + " enums into "
          + out.resolve(packageName.replace('.', '/')) + " (" + result.files().size() + " files).");
      if (!result.notes().isEmpty()) {
        stdout.println("Not expressed by the records (each stays in the database, and is a comment on its record):");
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
