package dev.quarry.cli;

import dev.quarry.importer.cli.ImportCommand;
import dev.quarry.importer.cli.PullCommand;
import dev.quarry.migrate.cli.QuarryCli;
import dev.quarry.studio.StudioMain;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code quarry} launcher: one runnable jar with the migrate and db commands, Studio and the
 * embedded PostgreSQL, so the command line works without a Maven project ({@code bin/quarry}).
 */
public final class Quarry {

  private Quarry() {}

  /** Runs {@code quarry migrate ...}, {@code quarry db push|pull|execute}, {@code quarry import prisma} or {@code quarry studio}, and exits with the code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the launcher's command line; returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = QuarryCli.commandLine(out, err);
    cli.addSubcommand("studio", new StudioMain());
    cli.addSubcommand("import", new ImportCommand());
    cli.getSubcommands().get("db").addSubcommand("pull", new PullCommand());
    return cli.execute(args);
  }
}
