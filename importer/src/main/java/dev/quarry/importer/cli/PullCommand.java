package dev.quarry.importer.cli;

import dev.quarry.importer.pull.DatabasePull;
import dev.quarry.migrate.TargetDatabase;
import dev.quarry.runtime.config.DatabaseUrl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin Destination destination;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    try (TargetDatabase database = urlFile != null ? TargetDatabase.open(DatabaseUrl.fromFile(urlFile))
        : TargetDatabase.open(url, dataDirectory, stdout::println)) {
      return destination.write(stdout, spec.commandLine().getErr(), "Pulled",
          "Not expressed by the records (each stays in the database, and is a comment on its record):",
          () -> DatabasePull.run(database.dataSource(), destination.packageName, destination.out, destination.existing()));
    }
  }
}
