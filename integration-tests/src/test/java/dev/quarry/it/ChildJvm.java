package dev.quarry.it;

import dev.quarry.runtime.config.DatabaseUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that runs a test main in a JVM of its own, on this run's class path, given a database as {@code url user [password]}. */
final class ChildJvm {

  private ChildJvm() {}

  /** {@code java <options> -cp <class path> <main> <jdbc url> <user> [password]}. */
  static List<String> command(Class<?> main, DatabaseUrl url, String... options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), url.jdbcUrl(),
        url.user() == null ? "" : url.user()));
    if (url.password() != null) {
      command.add(url.password());
    }
    return command;
  }
}
