package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL script into its statements, the way the server's own lexer sees them: a
 * semicolon ends a statement only outside quotes ({@code '...'}, {@code E'...'} with backslash
 * escapes, {@code "..."}), dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}) and comments
 * ({@code -- ...}, nested {@code /* ... *}{@code /}). Statements keep their text as written from
 * their first word, without the comments before it; empty ones are left out.
 */
final class SqlSplitter {

  private SqlSplitter() {}

  /** The statements of {@code script}, in order. */
  static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    int start = -1;
    int i = 0;
    int length = script.length();
    while (i < length) {
      char c = script.charAt(i);
      char next = i + 1 < length ? script.charAt(i + 1) : '\0';
      if (c == '-' && next == '-') {
        i = lineEnd(script, i);
      } else if (c == '/' && next == '*') {
        i = blockCommentEnd(script, i);
      } else if (c == '\'') {
        boolean escapes = i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e')
            && (i < 2 || !Character.isLetterOrDigit(script.charAt(i - 2)) && script.charAt(i - 2) != '_');
        start = start < 0 ? i : start;
        i = quoteEnd(script, i, '\'', escapes);
      } else if (c == '"') {
        start = start < 0 ? i : start;
        i = quoteEnd(script, i, '"', false);
      } else if (c == '$' && dollarTag(script, i) != null && !partOfIdentifier(script, i)) {
        String tag = dollarTag(script, i);
        int close = script.indexOf(tag, i + tag.length());
        start = start < 0 ? i : start;
        i = close < 0 ? length : close + tag.length();
      } else if (c == ';') {
        if (start >= 0) {
          statements.add(script.substring(start, i).strip());
        }
        start = -1;
        i++;
      } else {
        start = start < 0 && !Character.isWhitespace(c) ? i : start;
        i++;
      }
    }
    if (start >= 0) {
      statements.add(script.substring(start).strip());
    }
    return statements;
  }

  private static int lineEnd(String script, int from) {
    int end = script.indexOf('\n', from);
    return end < 0 ? script.length() : end + 1;
  }

  /** Block comments nest in PostgreSQL. */
  private static int blockCommentEnd(String script, int from) {
    int depth = 0;
    int i = from;
    while (i < script.length()) {
      if (script.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (script.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return i;
  }

  /** The index after a quoted text; a doubled quote stays inside, as does a backslash-escaped one in E'...'. */
  private static int quoteEnd(String script, int from, char quote, boolean backslashEscapes) {
    int i = from + 1;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return i;
  }

  /** {@code $tag$} starting at {@code at}, or {@code null} when there is none ({@code $1} is a parameter). */
  private static String dollarTag(String script, int at) {
    int i = at + 1;
    while (i < script.length() && (Character.isLetterOrDigit(script.charAt(i)) || script.charAt(i) == '_')) {
      i++;
    }
    if (i >= script.length() || script.charAt(i) != '$') {
      return null;
    }
    String tag = script.substring(at, i + 1);
    return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
  }

  /** A {@code $} inside an identifier ({@code a$b}) does not start a dollar quote. */
  private static boolean partOfIdentifier(String script, int at) {
    if (at == 0) {
      return false;
    }
    char before = script.charAt(at - 1);
    return Character.isLetterOrDigit(before) || before == '_' || before == '$';
  }
}
