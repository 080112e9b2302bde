package dev.quarry.runtime.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model and kind of a statement, for listeners (metrics tag by them). Statements come in few
 * shapes, so each SQL text is read once and remembered.
 */
final class StatementLabels {

  private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update|copy)\\s+\"((?:[^\"]|\"\")+)\"", Pattern.CASE_INSENSITIVE);
  private static final int MAX_REMEMBERED = 10_000;
  private static final Map<String, String[]> KNOWN = new ConcurrentHashMap<>();

  private StatementLabels() {}

  /** {@code {model or null, operation, table or null}} for {@code sql}. */
  static String[] of(String sql, ConstraintCatalog catalog) {
    String[] labels = KNOWN.get(sql);
    if (labels == null) {
      labels = read(sql, catalog);
      if (KNOWN.size() < MAX_REMEMBERED && labels[0] != null) {
        KNOWN.put(sql, labels);
      }
    }
    return labels;
  }

  private static String[] read(String sql, ConstraintCatalog catalog) {
    String trimmed = sql.stripLeading().toLowerCase(Locale.ROOT);
    String operation = "other";
    for (String kind : new String[] {"select", "insert", "update", "delete", "copy", "with"}) {
      if (trimmed.startsWith(kind)) {
        operation = kind.equals("with") ? "select" : kind;
        break;
      }
    }
    Matcher matcher = TABLE.matcher(sql);
    String table = matcher.find() ? matcher.group(1).replace("\"\"", "\"") : null;
    return new String[] {table != null ? catalog.model(table) : null, operation, table};
  }
}
