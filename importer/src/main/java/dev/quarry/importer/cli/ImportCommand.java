package dev.quarry.importer.cli;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.prisma.PrismaImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarry import}: brings an existing schema in as Quarry records. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Write Quarry records from an existing schema.",
    subcommands = ImportCommand.Prisma.class)
public final class ImportCommand {

  /** {@code quarry import prisma <schema> --package ... [--out ...] [--overwrite]}. */
  @Command(name = "prisma", mixinStandardHelpOptions = true,
      description = "Write one record per model and one enum per enum of a Prisma schema, so that Quarry's migration "
          + "of them makes the catalog Prisma Migrate makes.")
  static final class Prisma implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA", description = "A schema.prisma file, or the folder of a schema split over several files")
    Path schema;

    @Option(names = "--package", required = true, description = "The Java package of the records, e.g. com.acme.model")
    String packageName;

    @Option(names = "--out", defaultValue = "src/main/java", description = "The source root to write into (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--overwrite", description = "Replace files already there (by default nothing is written then)")
    boolean overwrite;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        ImportResult result = PrismaImport.run(schema, packageName, this.out, overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE);
        out.println("Imported " + result.models() + " models and " + result.enums() + " enums from " + schema + " into "
            + this.out.resolve(packageName.replace('.', '/')) + " (" + result.files().size() + " files).");
        if (!result.notes().isEmpty()) {
          out.println("Left out, as Prisma's client leaves them out (each is a comment on its record):");
          result.notes().forEach(note -> out.println("  " + note));
        }
        out.println("Next: compile, then `quarry migrate diff` shows what Quarry would change on your database (nothing, if it "
            + "was made by this schema).");
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
}
