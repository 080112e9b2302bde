package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.sql.Bind;
import dev.quarry.schema.ScalarType;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}: one line a row,
 * columns separated by tabs, {@code \N} for null, and backslash escapes for the characters the
 * format reserves. Each value is written as PostgreSQL's input function reads it, so a row loaded
 * this way equals the row an {@code INSERT} with bound parameters stores.
 */
final class CopyText {

  private static final HexFormat HEX = HexFormat.of();

  private CopyText() {}

  /** Appends one row and its line end; {@code columns} describes each value's column. */
  static void appendRow(StringBuilder out, List<Bind> columns, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Bind column = columns.get(i);
      Object value = row[i];
      if (value == null) {
        out.append("\\N");
      } else if (column.array()) {
        escape(out, arrayLiteral(column, (List<?>) value));
      } else {
        appendScalar(out, column, value);
      }
    }
    out.append('\n');
  }

  private static void appendScalar(StringBuilder out, Bind bind, Object value) {
    switch (bind.type()) {
      // Numbers and flags never hold a reserved character: no escaping to do.
      case SHORT, INT, LONG -> out.append(((Number) value).longValue());
      case FLOAT -> out.append(((Number) value).floatValue());
      case DOUBLE -> out.append(((Number) value).doubleValue());
      case UUID -> out.append(value);
      case BOOLEAN -> out.append((Boolean) value ? 't' : 'f');
      case DECIMAL -> out.append(Binder.decimal(value).toPlainString());
      default -> escape(out, text(bind, value));
    }
  }

  /** The value as PostgreSQL's input function for the column's type reads it. */
  private static String text(Bind bind, Object value) {
    ScalarType type = bind.type();
    return switch (type) {
      case STRING -> (String) value;
      case BOOLEAN -> (Boolean) value ? "t" : "f";
      case DECIMAL -> Binder.decimal(value).toPlainString();
      case BYTES -> "\\x" + HEX.formatHex((byte[]) value);
      case JSON -> Binder.json(value);
      case ENUM -> Binder.label(bind.codec(), value);
      // An Instant as UTC text PostgreSQL reads for timestamptz and timestamp alike; the rest ISO-8601.
      case INSTANT -> PgTime.utc((java.time.Instant) value);
      case SHORT, INT, LONG, FLOAT, DOUBLE, UUID, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME -> value.toString();
    };
  }

  /** {@code {"a","b",NULL}}: every element quoted, so no element text needs thought. */
  private static String arrayLiteral(Bind bind, List<?> elements) {
    StringBuilder literal = new StringBuilder(2 + elements.size() * 8).append('{');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      Object element = elements.get(i);
      if (element == null) {
        literal.append("NULL");
        continue;
      }
      String text = text(bind, element);
      literal.append('"');
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (ch == '"' || ch == '\\') {
          literal.append('\\');
        }
        literal.append(ch);
      }
      literal.append('"');
    }
    return literal.append('}').toString();
  }

  /** Escapes what the COPY text format reserves: backslash, tab, line feed, carriage return. */
  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }
}
