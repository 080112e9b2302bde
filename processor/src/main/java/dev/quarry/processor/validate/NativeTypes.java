package dev.quarry.processor.validate;

import dev.quarry.schema.ScalarType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a {@code @DbType} hint against the field's type and gives its normalised spelling. */
final class NativeTypes {

  /** The outcome: a normalised type, or why the hint cannot apply. */
  record Result(String type, String problem) {}

  private record Rule(Pattern pattern, Set<ScalarType> accepts, String canonical) {}

  private static final Set<ScalarType> TEXT = EnumSet.of(ScalarType.STRING);

  private static final List<Rule> RULES =
      List.of(
          rule("text", TEXT, "text"),
          rule("(?:varchar|character varying)\\((\\d+)\\)", TEXT, "varchar(%s)"),
          rule("varchar|character varying", TEXT, "varchar"),
          rule("(?:char|character)\\((\\d+)\\)", TEXT, "char(%s)"),
          // Text PostgreSQL keeps in a type of its own; bound untyped, so it reads the text as that type.
          rule("inet", TEXT, "inet"),
          rule("cidr", TEXT, "cidr"),
          rule("macaddr", TEXT, "macaddr"),
          rule("xml", TEXT, "xml"),
          rule("bit\\((\\d+)\\)", TEXT, "bit(%s)"),
          rule("(?:varbit|bit varying)\\((\\d+)\\)", TEXT, "varbit(%s)"),
          rule("varbit|bit varying", TEXT, "varbit"),
          rule("smallint|int2", EnumSet.of(ScalarType.SHORT), "smallint"),
          // Auto-increment as a sequence-backed column (Prisma's SERIAL) instead of an identity.
          rule("smallserial|serial2", EnumSet.of(ScalarType.SHORT), "smallserial"),
          rule("serial|serial4", EnumSet.of(ScalarType.INT), "serial"),
          rule("bigserial|serial8", EnumSet.of(ScalarType.LONG), "bigserial"),
          rule("integer|int|int4", EnumSet.of(ScalarType.SHORT, ScalarType.INT), "integer"),
          rule("bigint|int8", EnumSet.of(ScalarType.SHORT, ScalarType.INT, ScalarType.LONG), "bigint"),
          rule("real|float4", EnumSet.of(ScalarType.FLOAT), "real"),
          rule("double precision|float8", EnumSet.of(ScalarType.FLOAT, ScalarType.DOUBLE), "double precision"),
          rule("(?:decimal|numeric)\\((\\d+)\\s*,\\s*(\\d+)\\)", EnumSet.of(ScalarType.DECIMAL), "numeric(%s,%s)"),
          rule("(?:decimal|numeric)\\((\\d+)\\)", EnumSet.of(ScalarType.DECIMAL), "numeric(%s)"),
          rule("decimal|numeric", EnumSet.of(ScalarType.DECIMAL), "numeric"),
          rule("date", EnumSet.of(ScalarType.LOCAL_DATE), "date"),
          rule("time", EnumSet.of(ScalarType.LOCAL_TIME), "time"),
          rule("time\\(([0-6])\\)", EnumSet.of(ScalarType.LOCAL_TIME), "time(%s)"),
          // An Instant may live in a timestamp without time zone (Prisma's DateTime): stored as its UTC wall time.
          rule("timestamp", EnumSet.of(ScalarType.LOCAL_DATE_TIME, ScalarType.INSTANT), "timestamp"),
          rule("timestamp\\(([0-6])\\)", EnumSet.of(ScalarType.LOCAL_DATE_TIME, ScalarType.INSTANT), "timestamp(%s)"),
          rule("timestamptz", EnumSet.of(ScalarType.INSTANT, ScalarType.OFFSET_DATE_TIME), "timestamptz"),
          rule("timestamptz\\(([0-6])\\)", EnumSet.of(ScalarType.INSTANT, ScalarType.OFFSET_DATE_TIME), "timestamptz(%s)"),
          rule("json", EnumSet.of(ScalarType.JSON), "json"),
          rule("jsonb", EnumSet.of(ScalarType.JSON), "jsonb"),
          rule("uuid", EnumSet.of(ScalarType.UUID), "uuid"));

  private NativeTypes() {}

  private static Rule rule(String regex, Set<ScalarType> accepts, String canonical) {
    return new Rule(Pattern.compile(regex), accepts, canonical);
  }

  /** Checks {@code hint} for a field of {@code type}. */
  static Result check(String hint, ScalarType type) {
    String text = hint.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      if (!m.matches()) {
        continue;
      }
      if (!rule.accepts().contains(type)) {
        return new Result(null, "it cannot hold a " + type.name().toLowerCase(Locale.ROOT) + " value");
      }
      Object[] args = new Object[m.groupCount()];
      for (int i = 0; i < args.length; i++) {
        args[i] = Integer.parseInt(m.group(i + 1));
      }
      String problem = sizeProblem(rule.canonical(), args);
      return problem != null
          ? new Result(null, problem)
          : new Result(String.format(Locale.ROOT, rule.canonical(), args), null);
    }
    return new Result(
        null,
        "it is not a type Quarry knows; use text, varchar(n), char(n), inet, cidr, macaddr, xml, bit(n), varbit(n), smallint, integer, bigint, real, "
            + "double precision, decimal(p,s), date, time(p), timestamp(p), timestamptz(p), json, jsonb or uuid");
  }

  private static String sizeProblem(String canonical, Object[] args) {
    if ((canonical.startsWith("varchar") || canonical.startsWith("char")) && args.length > 0) {
      int n = (Integer) args[0];
      return n < 1 || n > 10_485_760 ? "the length must lie between 1 and 10485760" : null;
    }
    if (canonical.startsWith("numeric") && args.length > 0) {
      int precision = (Integer) args[0];
      int scale = args.length > 1 ? (Integer) args[1] : 0;
      if (precision < 1 || precision > 1000) {
        return "the precision must lie between 1 and 1000";
      }
      return scale > precision ? "the scale cannot exceed the precision" : null;
    }
    return null;
  }
}
