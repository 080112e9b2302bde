package dev.quarry.runtime;

import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.StaleRecordException;
import dev.quarry.runtime.jdbc.Executor;
import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.Generator;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.Readers;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.meta.UniqueKey;
import dev.quarry.runtime.query.AggregateQuery;
import dev.quarry.runtime.query.AggregateResult;
import dev.quarry.runtime.query.Aggregation;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.DeletedRows;
import dev.quarry.runtime.query.Filter;
import dev.quarry.runtime.query.Group;
import dev.quarry.runtime.query.GroupByQuery;
import dev.quarry.runtime.query.Include;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.query.ToMany;
import dev.quarry.runtime.query.UniqueWhere;
import dev.quarry.runtime.query.Update;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.sql.Statements;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import dev.quarry.schema.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads and writes the rows of one model. Generated repositories of tables ({@code UserRepository})
 * extend this class and add nothing but their constructor: every operation here is typed by the
 * model.
 *
 * @param <M> the model
 */
public abstract class Repository<M> extends ReadRepository<M> {

  private final NestedWriter writer;
  private final BulkInserter<M> bulk;

  /** A repository of {@code table}'s model on {@code database}. */
  protected Repository(Database database, ModelTable<M> table) {
    super(database, table);
    this.writer = new NestedWriter(database);
    this.bulk = new BulkInserter<>(database, table);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Inserts a row and returns it with every value the database gave it (ids, defaults). A
   * {@code null} component takes the column's default; a required one without default is refused.
   * Related records set in {@code row} are created too, in the same transaction (nested create).
   */
  public M create(M row) {
    return create(row, c -> { });
  }

  /** Inserts a row, connecting it to existing rows as {@code connect} says. */
  public M create(M row, Consumer<Connect<M>> connect) {
    Connect<M> spec = new Connect<>();
    connect.accept(spec);
    boolean nested = !spec.targets().isEmpty() || NestedWriter.hasRelations(table, row);
    if (!nested) {
      return writer.insertOne(table, row);
    }
    return executor().transaction(TransactionOptions.defaults(), () -> writer.create(table, row, spec.targets()));
  }


  /**
   * Inserts rows; the number inserted. Rows that give values for the same columns go together:
   * in one {@code COPY} when there are at least {@link Database#copyThreshold()} of them (PostgreSQL's
   * bulk load, several times faster than inserts), else as one JDBC batch. Every row is stored or, on
   * an error such as a duplicate key, none.
   *
   * <p>Rows with related rows set in them (nested create) are created with them, level by level:
   * each level of each model in one multi-row statement, never one per row.
   */
  public int createMany(List<M> rows) {
    return createMany(rows, Duplicates.REFUSE);
  }

  /**
   * Inserts rows; with {@link Duplicates#SKIP}, rows that would violate a unique are left out
   * ({@code ON CONFLICT DO NOTHING}, in multi-row inserts whose counts are exact), else as
   * {@link #createMany(List)} does. The number inserted.
   */
  public int createMany(List<M> rows, Duplicates duplicates) {
    if (nested(rows, duplicates)) {
      return createNested(rows).size();
    }
    return bulk.insert(rows, duplicates == Duplicates.SKIP);
  }

  /** Whether some row has related rows set in it; refuses skipping duplicates then, which would orphan their children. */
  private boolean nested(List<M> rows, Duplicates duplicates) {
    boolean nested = rows.stream().anyMatch(row -> NestedWriter.hasRelations(table, row));
    if (nested && duplicates == Duplicates.SKIP) {
      throw new InvalidQueryException("createMany on " + table.model() + " cannot skip duplicates of rows with related rows set in "
          + "them: a skipped row's children would have no parent. Create them without Duplicates.SKIP, or without related rows.");
    }
    return nested;
  }

  private List<M> createNested(List<M> rows) {
    return executor().transaction(TransactionOptions.defaults(), () -> writer.createAll(table, rows));
  }

  /**
   * Creates each row, or, where a row with the same {@code key} exists, sets its {@code update}
   * fields to the new row's values ({@code INSERT ... ON CONFLICT (key) DO UPDATE}, Prisma's
   * missing {@code upsertMany}); with no {@code update} fields an existing row is left as it is.
   * The key must be the id or a unique, given in every row and once per call; rows go in
   * multi-row statements, all or nothing. The number of rows created or updated.
   *
   * <pre>{@code
   * users.upsertMany(rows, List.of(User_.EMAIL), List.of(User_.NAME));
   * }</pre>
   */
  public int upsertMany(List<M> rows, List<? extends Attribute<M, ?>> key, List<? extends Attribute<M, ?>> update) {
    long[] count = new long[1];
    upsertMany(rows, key, update, false, count);
    return Math.toIntExact(count[0]);
  }

  /** As {@link #upsertMany(List, List, List)}, returning every row as stored, created or updated. */
  public List<M> upsertManyAndReturn(List<M> rows, List<? extends Attribute<M, ?>> key, List<? extends Attribute<M, ?>> update) {
    return upsertMany(rows, key, update, true, new long[1]);
  }

  private List<M> upsertMany(List<M> rows, List<? extends Attribute<M, ?>> key, List<? extends Attribute<M, ?>> update,
      boolean returning, long[] count) {
    int[] columns = ConflictKey.of(table, key);
    if (rows.isEmpty()) {
      return returning ? List.of() : null;
    }
    ConflictKey.requireDistinct(table, columns, rows);
    for (Attribute<M, ?> field : update) {
      switch (field.column().generator()) {
        case VERSION, COMPUTED, SOFT_DELETE -> throw new InvalidQueryException("upsertMany on " + table.model() + " cannot update "
            + field.column().field() + ": " + switch (field.column().generator()) {
              case VERSION -> "it is the @Version, which Quarry adds one to on every update";
              case COMPUTED -> "it is @Computed by the database";
              default -> "it is the @SoftDelete mark, which delete and restore set";
            } + ".");
        default -> { }
      }
    }
    int[] updated = update.stream().mapToInt(Attribute::index).distinct().toArray();
    return bulk.upsert(rows, columns, updated, returning, count);
  }

  /** Inserts rows (in multi-row statements) and returns them as the database stored them. */
  public List<M> createManyAndReturn(List<M> rows) {
    return createManyAndReturn(rows, Duplicates.REFUSE);
  }

  /** Inserts rows and returns those inserted; with {@link Duplicates#SKIP}, conflicting rows are left out. */
  public List<M> createManyAndReturn(List<M> rows, Duplicates duplicates) {
    if (nested(rows, duplicates)) {
      return createNested(rows);
    }
    return bulk.insertAndReturn(rows, duplicates == Duplicates.SKIP);
  }


  /** Changes the row with this id or unique; {@link RecordNotFoundException} when there is none. */
  public M update(UniqueWhere<M> where, Consumer<Update<M>> update) {
    List<M> rows = updateManyAndReturn(where.toFilter(), update);
    if (rows.isEmpty()) {
      throw notFound(where, "updated");
    }
    return rows.get(0);
  }

  /**
   * Changes {@code row} as it was read: the row with its id and, for a model with a
   * {@code @Version}, with the version it was read at, which the update then bumps. When another
   * writer changed or deleted it since, nothing is written and a {@link StaleRecordException}
   * says so (optimistic locking); without a version, as {@link #update(UniqueWhere, Consumer)} by
   * its id.
   *
   * <pre>{@code
   * Account account = accounts.findUniqueOrThrow(Account_.id(7));
   * accounts.update(account, u -> u.set(Account_.BALANCE, account.balance().subtract(amount)));
   * }</pre>
   */
  public M update(M row, Consumer<Update<M>> update) {
    List<Update.Assignment> assignments = assignments(update);
    Filter<M> match = matching(row);
    List<M> rows = assignments.isEmpty() ? findMany(match)
        : naming(assignments, () -> executor().query(statements().update(table, match, assignments, true),
            rs -> table.read(rs, table.allPositions())));
    if (rows.isEmpty()) {
      throw stale(row, "updated");
    }
    return rows.get(0);
  }

  /**
   * Deletes {@code row} as it was read: with a {@code @Version}, only while the stored row still
   * has the version read, else a {@link StaleRecordException}; without one, as
   * {@link #delete(UniqueWhere)} by its id. Returns the row deleted.
   */
  public M delete(M row) {
    List<M> rows = executor().query(deletion(matching(row), true), rs -> table.read(rs, table.allPositions()));
    if (rows.isEmpty()) {
      throw stale(row, "deleted");
    }
    return rows.get(0);
  }

  /** The filter matching {@code row}'s key (its id, else its first unique) and, with a {@code @Version}, its version. */
  private Filter<M> matching(M row) {
    UniqueWhere<M> key = keyOf(row);
    if (table.versionColumn() < 0) {
      return key.toFilter();
    }
    Attribute<M, Object> version = new Attribute<>(table, table.versionColumn());
    return Filter.and(List.of(key.toFilter(), new Filter.Compare<>(version, Filter.Operator.EQ, table.get(row, table.versionColumn()))));
  }

  private UniqueWhere<M> keyOf(M row) {
    // The id, else a unique over all rows, else one among live rows (a partial index's own condition comes last).
    UniqueKey key = table.primaryKey() != null ? table.primaryKey() : table.uniques().stream()
        .sorted(java.util.Comparator.comparing(u -> u.where() != null)).findFirst().orElse(null);
    if (key == null) {
      throw new InvalidQueryException(table.model() + " has no id or unique to find a row by.");
    }
    List<Attribute<M, ?>> attributes = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int column : key.columns()) {
      attributes.add(new Attribute<>(table, column));
      Object value = table.get(row, column);
      if (value == null) {
        throw new InvalidValueException(table.model() + "." + table.columns().get(column).field()
            + " is null in the row given: pass a row as read, with its key.");
      }
      values.add(value);
    }
    return new UniqueWhere<>(attributes, values);
  }

  /** Why a write by row matched nothing: a newer version, or no row by that key. */
  private RuntimeException stale(M row, String action) {
    UniqueWhere<M> key = keyOf(row);
    if (table.versionColumn() < 0) {
      return notFound(key, action);
    }
    long expected = ((Number) table.get(row, table.versionColumn())).longValue();
    Optional<M> current = findUnique(key);
    Long now = current.map(c -> ((Number) table.get(c, table.versionColumn())).longValue()).orElse(null);
    String happened = now == null ? "deleted" : "changed (now version " + now + ")";
    return new StaleRecordException(table.model() + " where " + key + " was " + happened + " by another writer since it was read at version "
        + expected + "; it was not " + action + ". Read it again and retry.", table.model(), expected, now);
  }

  /** Changes every row a filter matches; the number changed. */
  public int updateMany(Filter<M> where, Consumer<Update<M>> update) {
    List<Update.Assignment> assignments = assignments(update);
    if (assignments.isEmpty()) {
      return (int) count(where);
    }
    return naming(assignments, () -> executor().execute(statements().update(table, where, assignments, false)));
  }

  /** Changes every row a filter matches and returns them as changed. */
  public List<M> updateManyAndReturn(Filter<M> where, Consumer<Update<M>> update) {
    List<Update.Assignment> assignments = assignments(update);
    if (assignments.isEmpty()) {
      return findMany(where);
    }
    return naming(assignments, () -> executor().query(statements().update(table, where, assignments, true),
        rs -> table.read(rs, table.allPositions())));
  }

  /**
   * Runs a write; when the database finds a value out of range without saying where (as for
   * {@code integer out of range} after an increment), names the fields the write computes.
   */
  /** Runs an update; a value out of range that the server could not place is named by the fields this update assigns. */
  private <T> T naming(List<Update.Assignment> assignments, Supplier<T> write) {
    try {
      return write.get();
    } catch (InvalidValueException e) {
      String reason = e.unplacedReason();
      if (reason == null || assignments.isEmpty()) {
        throw e;
      }
      List<String> fields = assignments.stream().filter(a -> a.operation() != Update.Operation.SET || a.value() != null)
          .map(a -> a.attribute().path()).distinct().toList();
      throw new InvalidValueException("A value is out of range for " + String.join(" or ", fields) + ": " + reason, e.getCause());
    }
  }


  private List<Update.Assignment> assignments(Consumer<Update<M>> update) {
    Update<M> spec = new Update<>();
    update.accept(spec);
    Writes.check(spec.assignments());
    return spec.assignments().isEmpty() ? List.of() : Writes.withManagedColumns(table, spec.assignments());
  }

  /**
   * Creates {@code create} unless a row with this id or unique exists, in which case applies
   * {@code update} to it ({@code INSERT ... ON CONFLICT DO UPDATE}); returns the row either way.
   */
  public M upsert(UniqueWhere<M> where, M create, Consumer<Update<M>> update) {
    M data = create;
    int[] key = new int[where.attributes().size()];
    for (int i = 0; i < key.length; i++) {
      key[i] = where.attributes().get(i).index();
      data = table.withColumn(data, key[i], where.values().get(i));
    }
    Writes.Insert insert = Writes.insertValues(table, data);
    Update<M> spec = new Update<>();
    update.accept(spec);
    Writes.check(spec.assignments());
    List<Update.Assignment> assignments = spec.assignments().isEmpty() ? List.of() : Writes.withManagedColumns(table, spec.assignments());
    Prepared prepared = statements().upsert(table, key, insert.columns(), insert.values(), assignments);
    return naming(assignments, () -> executor().query(prepared, rs -> table.read(rs, table.allPositions())).get(0));
  }

  /**
   * Deletes the row with this id or unique and returns it; {@link RecordNotFoundException} when
   * there is none. For a model with a {@code @SoftDelete}, marks the row deleted instead (reads
   * leave it out from then on; {@link #restore} brings it back, {@link #hardDelete} removes it).
   */
  public M delete(UniqueWhere<M> where) {
    Prepared compiled = table.softDeleteColumn() < 0 ? CompiledLookups.delete(table, where) : null;
    Prepared statement = compiled != null ? compiled : deletion(where.toFilter(), true);
    List<M> rows = executor().query(statement, rs -> table.read(rs, table.allPositions()));
    if (rows.isEmpty()) {
      throw notFound(where, "deleted");
    }
    return rows.get(0);
  }

  /** Deletes (or, with a {@code @SoftDelete}, marks deleted) every row a filter matches; the number deleted. */
  public int deleteMany(Filter<M> where) {
    return executor().execute(deletion(where, false));
  }

  /** Deletes (or, with a {@code @SoftDelete}, marks deleted) every row; the number deleted. */
  public int deleteMany() {
    return deleteMany(Filter.all());
  }

  /** A delete, or for a soft-delete model an update marking live rows deleted (bumping {@code @UpdatedAt} and {@code @Version}). */
  private Prepared deletion(Filter<M> where, boolean returning) {
    int mark = table.softDeleteColumn();
    if (mark < 0) {
      return statements().delete(table, where, returning);
    }
    Column column = table.columns().get(mark);
    Object deleted = column.type() == ScalarType.BOOLEAN ? Boolean.TRUE : Writes.now(column);
    List<Update.Assignment> assignments = Writes.withManagedColumns(table,
        List.of(new Update.Assignment(new Attribute<>(table, mark), Update.Operation.SET, deleted)));
    return statements().update(table, where, DeletedRows.EXCLUDE, assignments, returning);
  }

  /**
   * Deletes the row with this id or unique for good, whether marked deleted or not, and returns
   * it; {@link RecordNotFoundException} when there is none. The same as {@link #delete} for a
   * model without {@code @SoftDelete}.
   */
  public M hardDelete(UniqueWhere<M> where) {
    List<M> rows = executor().query(statements().delete(table, where.toFilter(), true), rs -> table.read(rs, table.allPositions()));
    if (rows.isEmpty()) {
      throw notFound(where, "deleted");
    }
    return rows.get(0);
  }

  /** Deletes every row a filter matches for good, marked deleted or not; the number deleted. */
  public int hardDeleteMany(Filter<M> where) {
    return executor().execute(statements().delete(table, where, false));
  }

  /**
   * Brings back the soft-deleted row with this id or unique and returns it; {@link
   * RecordNotFoundException} when no deleted row has that key.
   *
   * @throws InvalidQueryException when the model has no {@code @SoftDelete}
   */
  public M restore(UniqueWhere<M> where) {
    List<M> rows = executor().query(restoration(where.toFilter(), true), rs -> table.read(rs, table.allPositions()));
    if (rows.isEmpty()) {
      throw new RecordNotFoundException("No deleted " + table.model() + " where " + where + " to be restored.");
    }
    return rows.get(0);
  }

  /** Brings back every soft-deleted row a filter matches; the number restored. */
  public int restoreMany(Filter<M> where) {
    return executor().execute(restoration(where, false));
  }

  private Prepared restoration(Filter<M> where, boolean returning) {
    int mark = table.softDeleteColumn();
    if (mark < 0) {
      throw new InvalidQueryException(table.model() + " has no @SoftDelete: its deleted rows are gone, with nothing to restore.");
    }
    Object live = table.columns().get(mark).type() == ScalarType.BOOLEAN ? Boolean.FALSE : null;
    List<Update.Assignment> assignments = Writes.withManagedColumns(table,
        List.of(new Update.Assignment(new Attribute<>(table, mark), Update.Operation.SET, live)));
    return statements().update(table, where, DeletedRows.ONLY, assignments, returning);
  }

}
