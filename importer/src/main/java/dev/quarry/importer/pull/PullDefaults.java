package dev.quarry.importer.pull;

import com.palantir.javapoet.AnnotationSpec;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.importer.pull.DbCatalog.Column;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column default as PostgreSQL prints it, written back as the {@code @Default} whose DDL prints
 * the same: a literal or function where Quarry renders exactly that, else the expression itself.
 */
final class PullDefaults {

  /** {@code 'text'::type}: a quoted literal with its cast. */
  private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'::[\\w \".()\\[\\]]+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  /** Types whose literal Quarry writes back as PostgreSQL prints it. */
  private static final Set<String> LITERAL_TYPES = Set.of("text", "varchar", "bpchar", "int2", "int4", "int8", "float4",
      "float8", "numeric", "bool", "jsonb", "json", "uuid", "date");

  private PullDefaults() {}

  /**
   * The annotation for {@code column}'s default, or {@code null} for none.
   *
   * @param verbatim whether the package uses Prisma's conventions (its uuid function is the client's)
   * @param constants the Java constant of each label, when the column is an enum
   */
  static AnnotationSpec of(Column column, boolean verbatim, Map<String, String> constants) {
    String expression = column.defaultExpression();
    if (expression == null || column.identity()) {
      return null;
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Default.class);
    if (!column.array()) {
      Matcher quoted = QUOTED.matcher(expression);
      if (quoted.matches() && (column.enumType() || LITERAL_TYPES.contains(column.type()))) {
        String value = quoted.group(1).replace("''", "'");
        return spec.addMember("value", "$S", column.enumType() ? constants.getOrDefault(value, value) : value).build();
      }
      if ((NUMBER.matcher(expression).matches() && LITERAL_TYPES.contains(column.type()))
          || (column.type().equals("bool") && (expression.equals("true") || expression.equals("false")))) {
        return spec.addMember("value", "$S", expression).build();
      }
      boolean timestamp = column.type().startsWith("timestamp");
      if ((timestamp && expression.equals("CURRENT_TIMESTAMP")) || (column.type().equals("date") && expression.equals("CURRENT_DATE"))) {
        return function(spec, DefaultFunction.NOW);
      }
      // Under Prisma's conventions uuid() is the client's, so a database default stays an expression.
      boolean uuid = (column.type().equals("uuid") && expression.equals("gen_random_uuid()"))
          || (column.type().equals("text") && expression.equals("(gen_random_uuid())::text"));
      if (uuid && !verbatim) {
        return function(spec, DefaultFunction.UUID);
      }
    }
    return spec.addMember("dbGenerated", "$S", expression).build();
  }

  private static AnnotationSpec function(AnnotationSpec.Builder spec, DefaultFunction function) {
    return spec.addMember("function", "$T.$L", DefaultFunction.class, function.name()).build();
  }
}
