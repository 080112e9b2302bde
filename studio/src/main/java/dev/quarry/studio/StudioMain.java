package dev.quarry.studio;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.ConfigurationException;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarry studio}: serves Studio until stopped (Ctrl-C). */
@Command(name = "studio", mixinStandardHelpOptions = true, description = "Browse and edit the data in a local web page.")
public final class StudioMain implements Callable<Integer> {

  @Option(names = "--url", description = "The database (default: $DATABASE_URL, else the embedded PostgreSQL). Other users "
      + "of the machine can read a command line (ps): with a password, prefer $DATABASE_URL or --url-file")
  String url;

  @Option(names = "--url-file", description = "A file whose first line is the database URL (keeps the password out of ps)")
  Path urlFile;

  @Option(names = "--schema", description = "The compiled schema snapshot (default: ${DEFAULT-VALUE})",
      defaultValue = "target/classes/META-INF/quarry/schema.json")
  Path schema;

  @Option(names = "--port", description = "The port on 127.0.0.1 (default: a free one)", defaultValue = "0")
  int port;

  @Option(names = "--check", hidden = true, description = "Start, print the address and stop (for build checks)")
  boolean check;

  @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE})",
      defaultValue = ".quarry/postgres")
  Path dataDirectory;

  /** Runs Studio until the process is stopped. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs Studio with these arguments; returns the exit code once it stops. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new StudioMain());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(e.getMessage());
      return e instanceof ConfigurationException ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(schema)) {
      System.err.println("No schema snapshot at " + schema + ". Compile the project first, or point --schema at it.");
      return 1;
    }
    Schema snapshot = SchemaJson.read(Files.readString(schema, StandardCharsets.UTF_8));
    Database.Builder builder = Database.builder().poolSize(4);
    if (urlFile != null) {
      builder.url(DatabaseUrl.fromFile(urlFile));
    } else if (url != null) {
      builder.url(url);
    } else {
      DatabaseUrl.fromEnvironment().ifPresentOrElse(builder::url, () -> builder.embedded(dataDirectory));
    }
    try (Database database = builder.build(); Studio studio = Studio.start(database, snapshot, port)) {
      System.out.println("Quarry Studio: " + studio.url());
      if (check) {
        return 0;
      }
      System.out.println("Stop with Ctrl-C.");
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }
}
