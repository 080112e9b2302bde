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
   * @param columnSet the column indexes, ascending (one shared instance per set of columns)
   * @param values their values
   */
  record Insert(ColumnSet columnSet, Object[] values) {

    /** The column indexes, ascending. */
    int[] columns() {
      return columnSet.columns();
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

  /** Each model's column sets by the bits of the columns they hold: rows share them rather than each making its own. */
  private static final Map<ModelTable<?>, ColumnSets> COLUMN_SETS = new ConcurrentHashMap<>();

  /** One model's column sets, the last one asked for first: rows of one call mostly give the same columns. */
  private static final class ColumnSets {
    private record Last(long bits, ColumnSet set) {}

    private final Map<Long, ColumnSet> all = new ConcurrentHashMap<>();
    private volatile Last last;

    ColumnSet get(long bits) {
      Last seen = last;
      if (seen != null && seen.bits() == bits) {
        return seen.set();
      }
      ColumnSet set = all.computeIfAbsent(bits, ColumnSets::make);
      last = new Last(bits, set);
      return set;
    }

    private static ColumnSet make(long bits) {
      int[] columns = new int[Long.bitCount(bits)];
      int next = 0;
      for (int i = 0; i < 64; i++) {
        if ((bits & (1L << i)) != 0) {
          columns[next++] = i;
        }
      }
      return new ColumnSet(columns);
    }
  }

  /**
   * The columns and values to insert for {@code row}: a column without a value is left out when
   * the database or the runtime provides one, and refused when it is required. Allocates the row's
   * values once, at their size.
   */
  static <M> Insert insertValues(ModelTable<M> table, M row) {
    if (table.columns().size() > 64) {
      return wideInsertValues(table, row);
    }
    ColumnSet set = columnSet(table, givenColumns(table, row));
    Object[] values = new Object[set.columns().length];
    fillValues(table, row, set, values);
    return new Insert(set, values);
  }

  /**
   * The columns {@code row} gives (a value the runtime generates counts) as bits, for a model of at
   * most 64 columns; refuses a required column without a value, and a value its column cannot
   * hold, before any SQL runs.
   */
  static <M> long givenColumns(ModelTable<M> table, M row) {
    long given = 0;
    for (int i = 0; i < table.columns().size(); i++) {
      Column column = table.columns().get(i);
      if (column.generator() == Generator.COMPUTED) {
        continue;
      }
      Object value = table.get(row, i);
      if (value != null) {
        check(table, i, value);
        given |= 1L << i;
      } else if (producesValue(column)) {
        given |= 1L << i;
      } else if (!column.databaseDefault() && !column.nullable()) {
        throw new InvalidValueException(table.path(i) + " is required: give it a value (it has no default).");
      }
    }
    return given;
  }

  /** The shared set of the columns whose bits {@code given} holds. */
  static ColumnSet columnSet(ModelTable<?> table, long given) {
    return COLUMN_SETS.computeIfAbsent(table, t -> new ColumnSets()).get(given);
  }

  /**
   * Puts {@code row}'s values of the set's columns into {@code values}, generated where empty, as
   * the database takes them; {@link #givenColumns} has checked them.
   */
  static <M> void fillValues(ModelTable<M> table, M row, ColumnSet set, Object[] values) {
    int[] columns = set.columns();
    for (int n = 0; n < columns.length; n++) {
      int i = columns[n];
      Column column = table.columns().get(i);
      Object value = table.get(row, i);
      if (value == null) {
        value = generate(column);
      }
      values[n] = column.toDatabase(value);
    }
  }

  /** Whether the runtime makes a value for an empty column of this kind. */
  private static boolean producesValue(Column column) {
    return switch (column.generator()) {
      case NONE, VERSION, COMPUTED, SOFT_DELETE -> false;
      default -> true;
    };
  }

  /** As {@link #insertValues}, for a model of more than 64 columns. */
  private static <M> Insert wideInsertValues(ModelTable<M> table, M row) {
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
        throw new InvalidValueException(table.path(i) + " is required: give it a value (it has no default).");
      }
      check(table, i, value);
      columns[given] = i;
      values[given++] = column.toDatabase(value);
    }
    return new Insert(new ColumnSet(Arrays.copyOf(columns, given)), Arrays.copyOf(values, given));
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

  /** Refuses a value column {@code index} cannot hold, naming the field, before the database does. */
  static void check(ModelTable<?> table, int index, Object value) {
    if (value == null) {
      return;
    }
    Column column = table.columns().get(index);
    ValueChecks.check(table.path(index), value);
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
        check(assignment.attribute().table(), assignment.attribute().index(), assignment.value());
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
