package dev.quarry.importer.cli;

import dev.quarry.importer.prisma.PrismaImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin Destination destination;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int code = destination.write(out, spec.commandLine().getErr(), "Imported from " + schema + ":",
          "Left out, as Prisma's client leaves them out (each is a comment on its record):",
          () -> PrismaImport.run(schema, destination.packageName, destination.out, destination.existing()));
      if (code == 0) {
        out.println("Next: compile, then `quarry migrate baseline` on the database Prisma made (it checks the database is "
            + "exactly what the records create).");
      }
      return code;
    }
  }
}
