package dev.quarry.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of a {@code migration.sql}: a header listing each change with its code, then the
 * statements. A file whose first lines hold {@value #NO_TRANSACTION} runs outside a transaction
 * (for statements PostgreSQL refuses inside one, such as {@code create index concurrently}).
 */
public final class MigrationScript {

  /** The directive that opts a migration out of its transaction. */
  public static final String NO_TRANSACTION = "-- quarry:no-transaction";

  private MigrationScript() {}

  /** The file text for these changes. */
  public static String render(List<Change> changes) {
    StringBuilder text = new StringBuilder();
    for (Change change : changes) {
      text.append("-- ").append(change).append(change.risk() == Change.Risk.SAFE ? "" : " (" + change.risk().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")").append('\n');
    }
    for (Change change : changes) {
      text.append('\n').append("-- ").append(change.code()).append('\n');
      for (String statement : change.statements()) {
        text.append(statement).append(";\n");
      }
    }
    return text.toString();
  }

  /** Whether the file asks to run outside a transaction. */
  public static boolean transactional(String script) {
    return script.lines().takeWhile(line -> line.startsWith("--") || line.isBlank()).noneMatch(line -> line.trim().equals(NO_TRANSACTION));
  }

  /**
   * The file split in two: the {@code alter type ... add value} statements it starts with, and the
   * rest. PostgreSQL will not let a transaction use an enum value it added itself, so the first
   * part runs (each statement on its own) before the transaction that runs the rest.
   */
  public static String[] enumValuesFirst(String script) {
    List<String> lines = script.lines().toList();
    StringBuilder first = new StringBuilder();
    int i = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("--")) {
        continue;
      }
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("alter type ") && lower.contains(" add value ") && line.endsWith(";")) {
        first.append(line).append('\n');
        continue;
      }
      break;
    }
    String rest = String.join("\n", lines.subList(i, lines.size()));
    return new String[] {first.toString(), rest};
  }

  /** The SHA-256 of the file's bytes, in hex: what the history keeps to detect edits. */
  public static String checksum(String script) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The number of statements in the file (semicolons ending a line, outside comments). */
  public static int statementCount(String script) {
    int count = 0;
    for (String line : script.lines().toList()) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("--") && trimmed.endsWith(";")) {
        count++;
      }
    }
    return count;
  }
}
