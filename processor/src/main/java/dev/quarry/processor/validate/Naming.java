package dev.quarry.processor.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * How Quarry derives database names: tables are the model name in snake_case plural, columns the
 * component name in snake_case, constraints follow PostgreSQL's own conventions.
 */
public final class Naming {

  /** PostgreSQL's identifier limit, in bytes. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  private Naming() {}

  /** {@code authorId} → {@code author_id}; {@code HTTPServer} → {@code http_server}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
        boolean endOfAcronym =
            i > 0 && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (afterLowerOrDigit || endOfAcronym) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The table of a model: {@code User} → {@code users}, {@code Category} → {@code categories}. */
  public static String tableName(String modelName) {
    return plural(snakeCase(modelName));
  }

  /** English plural of the last word, by the common rules only. */
  public static String plural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z")
        || lower.endsWith("ch") || lower.endsWith("sh")) {
      return word + "es";
    }
    return word + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** {@code <table>_pkey}. */
  public static String primaryKey(String table) {
    return limit(table + "_pkey");
  }

  /** {@code <table>_<columns>_key}. */
  public static String unique(String table, List<String> columns) {
    return limit(table + "_" + String.join("_", columns) + "_key");
  }

  /** {@code <table>_<columns>_idx}. */
  public static String index(String table, List<String> columns) {
    return limit(table + "_" + String.join("_", columns) + "_idx");
  }

  /** {@code <table>_<columns>_fkey}. */
  public static String foreignKey(String table, List<String> columns) {
    return limit(table + "_" + String.join("_", columns) + "_fkey");
  }

  /** {@code _<relation name in snake_case>}: {@code CategoryToPost} → {@code _category_to_post}. */
  public static String joinTable(String relationName) {
    return limit("_" + snakeCase(relationName));
  }

  /**
   * A derived name that fits PostgreSQL's limit: too long a name is cut and ends in a short hash
   * of the whole, so two long names stay distinct and the result never changes.
   */
  public static String limit(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES) {
      return name;
    }
    String hash = HexFormat.of().formatHex(sha256(name)).substring(0, 8);
    return name.substring(0, MAX_IDENTIFIER_BYTES - 9) + "_" + hash;
  }

  /** Why a user-given or derived name cannot be used, or {@code null} when it can. */
  public static String problem(String name) {
    if (name.isBlank()) {
      return "it is empty";
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
      return "PostgreSQL names are at most " + MAX_IDENTIFIER_BYTES + " bytes";
    }
    if (name.indexOf('\u0000') >= 0 || name.indexOf('"') >= 0) {
      return "it contains a double quote or NUL character";
    }
    return null;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
