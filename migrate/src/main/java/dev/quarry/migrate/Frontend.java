package dev.quarry.migrate;

import java.util.Map;

/**
 * How the user runs the migrate commands, so that a message names what they would type: a
 * command-line option ({@code --accept-data-loss}) or a Maven property
 * ({@code -Dquarry.acceptDataLoss}).
 */
public enum Frontend {
  /** The {@code quarry} command line (also the spelling for the Java API). */
  COMMAND_LINE,
  /** The Maven plugin: goals such as {@code quarry:migrate-dev} and {@code -Dquarry.*} properties. */
  MAVEN;

  /** Options whose Maven property is not simply the option's name in camel case. */
  private static final Map<String, String> MAVEN_PROPERTIES = Map.of("shadow-database-url", "shadowUrl", "data-dir", "dataDirectory");

  /**
   * A command with its options as the user types it: {@code command("migrate resolve", "--rolled-back 2024_init")}
   * is {@code quarry migrate resolve --rolled-back 2024_init} or
   * {@code mvn quarry:migrate-resolve -Dquarry.rolledBack=2024_init}.
   */
  public String command(String command, String... options) {
    StringBuilder text = new StringBuilder(this == MAVEN ? "mvn quarry:" + command.replace(' ', '-') : "quarry " + command);
    for (String option : options) {
      text.append(' ').append(option(option));
    }
    return text.toString();
  }

  /** An option, with its value when it has one: {@code --lock-wait 30} or {@code -Dquarry.lockWait=30}. */
  public String option(String option) {
    if (this == COMMAND_LINE) {
      return option;
    }
    String[] parts = option.split(" ", 2);
    String name = parts[0].replaceFirst("^--", "");
    String property = MAVEN_PROPERTIES.getOrDefault(name, camelCase(name));
    return "-Dquarry." + property + (parts.length > 1 ? "=" + parts[1] : "");
  }

  private static String camelCase(String name) {
    StringBuilder text = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        text.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return text.toString();
  }
}
