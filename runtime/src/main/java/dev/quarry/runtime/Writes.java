package dev.quarry.runtime;

import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.Generator;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.Update;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prepares the values of a write: defaults, generated ids, timestamps, and checks by column type. */
final class Writes {

  private static final Pattern LENGTH = Pattern.compile("(?:varchar|char)\\((\\d+)\\)");
  private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+)(?:,(\\d+))?\\)");
  /** Native types' limits, parsed once each: {max length, precision, scale}, -1 where there is none. */
  private static final Map<String, int[]> LIMITS = new ConcurrentHashMap<>();

  private Writes() {}

  /**
   * The columns a row gives values for, and those values in the same order.
   *
   * @param columns the column indexes, ascending
   * @param values their values
   */
  record Insert(int[] columns, Object[] values) {

    /** The given columns as a key: rows with equal keys share one statement. */
    ColumnSet columnSet() {
      return new ColumnSet(columns);
    }
  }

  /** A set of column indexes, equal by content, to group rows by the columns they give. */
  record ColumnSet(int[] columns) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ColumnSet set && Arrays.equals(columns, set.columns);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(columns);
    }

    @Override
    public String toString() {
      return Arrays.toString(columns);
    }
  }

  /**
   * The columns and values to insert for {@code row}: a column without a value is left out when
   * the database or the runtime provides one, and refused when it is required.
   */
  static <M> Insert insertValues(ModelTable<M> table, M row) {
    int size = table.columns().size();
    int[] columns = new int[size];
    Object[] values = new Object[size];
    int given = 0;
    for (int i = 0; i < size; i++) {
      Column column = table.columns().get(i);
      if (column.generator() == Generator.COMPUTED) {
        continue;
      }
      Object value = table.get(row, i);
      if (value == null) {
        value = generate(column);
      }
      if (value == null) {
        if (column.databaseDefault() || column.nullable()) {
          continue;
        }
        throw new InvalidValueException(table.model() + "." + column.field()
            + " is required: give it a value (it has no default).");
      }
      check(table, column, value);
      columns[given] = i;
      values[given++] = column.toDatabase(value);
    }
    return given == size ? new Insert(columns, values) : new Insert(Arrays.copyOf(columns, given), Arrays.copyOf(values, given));
  }

  /** A value the runtime produces for an empty column, or {@code null}. */
  static Object generate(Column column) {
    return switch (column.generator()) {
      case NONE, VERSION, COMPUTED, SOFT_DELETE -> null;
      case UUID -> UUID.randomUUID();
      case UUID_TEXT -> UUID.randomUUID().toString();
      case CUID -> Ids.cuid();
      case CUID_V1 -> Ids.cuidV1();
      case ULID -> Ids.ulid();
      case NANOID -> Ids.nanoid();
      case UPDATED_AT, NOW -> now(column);
    };
  }

  /** The current time in the column's Java type, to PostgreSQL's microsecond precision. */
  static Object now(Column column) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return switch (column.type()) {
      case OFFSET_DATE_TIME -> OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
      case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(now, ZoneOffset.UTC);
      default -> now;
    };
  }

  /** Refuses a value its column cannot hold, naming the field, before the database does. */
  static void check(ModelTable<?> table, Column column, Object value) {
    if (value == null) {
      return;
    }
    ValueChecks.check(table.model() + "." + column.field(), value);
    if (column.nativeType() == null) {
      return;
    }
    if (value instanceof String text) {
      int max = LIMITS.computeIfAbsent(column.nativeType(), Writes::limits)[0];
      if (max >= 0 && text.length() > max && text.codePointCount(0, text.length()) > max) {
        throw new InvalidValueException(table.model() + "." + column.field() + " holds at most " + max
            + " characters (" + column.nativeType() + "); the value has " + text.codePointCount(0, text.length()) + ".");
      }
    }
    if (value instanceof BigDecimal decimal) {
      int[] limits = LIMITS.computeIfAbsent(column.nativeType(), Writes::limits);
      int precision = limits[1];
      int scale = limits[2];
      if (precision < 0) {
        return;
      }
      BigDecimal rounded = decimal.setScale(scale, java.math.RoundingMode.HALF_UP);
      if (rounded.precision() - rounded.scale() > precision - scale) {
        throw new InvalidValueException(table.model() + "." + column.field() + " = " + decimal
            + " is out of range for " + column.nativeType() + ": at most " + (precision - scale) + " digits before the point.");
      }
    }
  }

  private static int[] limits(String nativeType) {
    int[] limits = {-1, -1, 0};
    Matcher length = LENGTH.matcher(nativeType);
    if (length.matches()) {
      limits[0] = Integer.parseInt(length.group(1));
    }
    Matcher numeric = NUMERIC.matcher(nativeType);
    if (numeric.matches()) {
      limits[1] = Integer.parseInt(numeric.group(1));
      limits[2] = numeric.group(2) == null ? 0 : Integer.parseInt(numeric.group(2));
    }
    return limits;
  }

  /** Checks every assignment's value against its column. */
  static void check(List<Update.Assignment> assignments) {
    for (Update.Assignment assignment : assignments) {
      if (assignment.operation() == Update.Operation.SET) {
        check(assignment.attribute().table(), assignment.attribute().column(), assignment.value());
      }
    }
  }

  /**
   * The assignments, plus what every update changes on its own: the current time for
   * {@code @UpdatedAt} columns not set explicitly, and one more on the {@code @Version}.
   */
  static <M> List<Update.Assignment> withManagedColumns(ModelTable<M> table, List<Update.Assignment> assignments) {
    List<Update.Assignment> all = new ArrayList<>(assignments);
    if (table.versionColumn() >= 0) {
      Column version = table.columns().get(table.versionColumn());
      all.add(new Update.Assignment(new Attribute<>(table, table.versionColumn()), Update.Operation.INCREMENT,
          version.type() == dev.quarry.schema.ScalarType.LONG ? (Object) 1L : (Object) 1));
    }
    for (int i = 0; i < table.columns().size(); i++) {
      Column column = table.columns().get(i);
      int index = i;
      if (column.generator() == Generator.UPDATED_AT
          && assignments.stream().noneMatch(a -> a.attribute().index() == index)) {
        all.add(new Update.Assignment(new Attribute<>(table, i), Update.Operation.SET, now(column)));
      }
    }
    return all;
  }
}
