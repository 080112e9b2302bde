package dev.quarry.processor.write;

import java.util.Locale;

/** Names of generated classes, constants and methods, derived from the model. */
final class JavaNames {

  private JavaNames() {}

  /** {@code authorId} → {@code AUTHOR_ID}. */
  static String constant(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(field.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    String name = out.toString();
    return name.equals("TABLE") ? "TABLE_" : name;
  }

  /** {@code User} → {@code users}; {@code Category} → {@code categories}; {@code PostStats} → {@code postStats}. */
  static String repositoryAccessor(String model) {
    String lower = Character.toLowerCase(model.charAt(0)) + model.substring(1);
    String l = lower.toLowerCase(Locale.ROOT);
    if (l.endsWith("s")) {
      return lower;
    }
    if (l.endsWith("y") && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
      return lower.substring(0, lower.length() - 1) + "ies";
    }
    if (l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) {
      return lower + "es";
    }
    return lower + "s";
  }

  /** {@code ["authorId", "slug"]} → {@code authorIdAndSlug}. */
  static String uniqueFactory(java.util.List<String> fields) {
    StringBuilder name = new StringBuilder(fields.get(0));
    for (String field : fields.subList(1, fields.size())) {
      name.append("And").append(Character.toUpperCase(field.charAt(0))).append(field.substring(1));
    }
    return name.toString();
  }
}
