package dev.quarry.runtime;

import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.StaleRecordException;
import dev.quarry.runtime.jdbc.Executor;
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
 * Reads the rows of one model: find, count, stream, aggregate, group. Generated repositories of
 * views extend this class (or {@link MaterializedViewRepository}), so a view has no write
 * methods at all; those of tables extend {@link Repository}, which adds the writes.
 *
 * <p>Relation components of returned records are {@code null} unless the query included them; an
 * included to-many relation with no rows is an empty list.
 *
 * @param <M> the model
 */
public abstract class ReadRepository<M> {

  final Database database;
  final ModelTable<M> table;
  private final IncludeLoader includes;

  /** A repository of {@code table}'s model on {@code database}. */
  protected ReadRepository(Database database, ModelTable<M> table) {
    this.database = database;
    this.table = table;
    this.includes = new IncludeLoader(database);
    database.executor().catalog().register(table);
  }

  /** The model this repository reads. */
  public final ModelTable<M> table() {
    return table;
  }

  final Executor executor() {
    return database.executor();
  }

  final Statements statements() {
    return database.statements();
  }

  // ---------------------------------------------------------------- reads

  /** The row with this id or unique, if any. */
  public Optional<M> findUnique(UniqueWhere<M> where) {
    Prepared compiled = CompiledLookups.find(table, where);
    if (compiled != null) {
      return only(executor().read(compiled, rs -> table.read(rs, table.allPositions())));
    }
    return only(findMany(where.toFilter()));
  }

  /** The row with this id or unique, with the query's includes and field selection. */
  public Optional<M> findUnique(UniqueWhere<M> where, Consumer<Query<M>> query) {
    return only(findMany(q -> {
      query.accept(q);
      q.where(where.toFilter());
    }));
  }

  /** The one row a unique lookup found, if any: the key is unique, so the SQL needs no LIMIT. */
  private static <M> Optional<M> only(List<M> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The row with this id or unique; {@link RecordNotFoundException} when there is none. */
  public M findUniqueOrThrow(UniqueWhere<M> where) {
    return findUnique(where).orElseThrow(() -> notFound(where, "found"));
  }

  /** The row with this id or unique, with the query's includes and field selection; {@link RecordNotFoundException} when there is none. */
  public M findUniqueOrThrow(UniqueWhere<M> where, Consumer<Query<M>> query) {
    return findUnique(where, query).orElseThrow(() -> notFound(where, "found"));
  }

  /** The first row the query gives. */
  public Optional<M> findFirst(Consumer<Query<M>> query) {
    List<M> rows = findMany(q -> {
      query.accept(q);
      q.take(1);
    });
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The first row the query gives; {@link RecordNotFoundException} when there is none. */
  public M findFirstOrThrow(Consumer<Query<M>> query) {
    return findFirst(query).orElseThrow(() -> new RecordNotFoundException("No " + table.model() + " matches the query."));
  }

  /** Every row. */
  public List<M> findMany() {
    return findMany(q -> { });
  }

  /** The rows a filter matches. */
  public List<M> findMany(Filter<M> where) {
    return findMany(q -> q.where(where));
  }

  /** The rows a query describes: filter, order, page, fields, included relations. */
  public List<M> findMany(Consumer<Query<M>> query) {
    Query<M> spec = new Query<>();
    query.accept(spec);
    return read(spec, List.of()).rows();
  }

  /**
   * The rows a query describes, each with the number of related rows of the given relations,
   * counted in the same statement.
   */
  @SafeVarargs
  public final List<WithCounts<M>> findManyWithCounts(Consumer<Query<M>> query, ToMany<M, ?>... relations) {
    Query<M> spec = new Query<>();
    query.accept(spec);
    List<RelationLink> links = new ArrayList<>();
    for (ToMany<M, ?> relation : relations) {
      links.add(relation.link());
    }
    Result<M> result = read(spec, links);
    List<WithCounts<M>> rows = new ArrayList<>();
    for (int i = 0; i < result.rows().size(); i++) {
      Map<String, Long> counts = new HashMap<>();
      for (int c = 0; c < links.size(); c++) {
        counts.put(links.get(c).field(), result.counts().get(i)[c]);
      }
      rows.add(new WithCounts<>(result.rows().get(i), counts));
    }
    return rows;
  }

  /** How many rows a stream fetches from the server at a time. */
  public static final int STREAM_FETCH_SIZE = 1_000;

  /**
   * The rows a query matches, read from the database as the stream is consumed ({@value
   * #STREAM_FETCH_SIZE} at a time), never all at once: a million rows walk in the memory of a
   * thousand. Close the stream — {@code try (Stream<User> users = repository.stream(q -> ...))}
   * — or read it to the end. Inside a transaction it reads on the transaction's connection;
   * outside one it holds a connection of its own until closed. Includes are not loaded (each row
   * would need its own statement): include in pages with {@code findMany} instead.
   *
   * @throws InvalidQueryException when the query includes relations
   */
  public Stream<M> stream(Consumer<Query<M>> query) {
    Query<M> spec = new Query<>();
    query.accept(spec);
    if (!spec.includes().isEmpty()) {
      throw new InvalidQueryException("stream() on " + table.model() + " does not load includes ("
          + spec.includes().stream().map(i -> i.link().field()).toList() + "): read pages with findMany(q -> q.include(...)"
          + ".cursor(...).take(n)) instead.");
    }
    Shape shape = shape(spec);
    return executor().stream(statements().select(table, spec, shape.columns(), List.of()),
        rs -> table.read(rs, shape.positions()), STREAM_FETCH_SIZE);
  }

  /** Hands every row a query matches to {@code action}, reading them as {@link #stream} does. */
  public void forEach(Consumer<Query<M>> query, Consumer<? super M> action) {
    try (Stream<M> rows = stream(query)) {
      rows.forEach(action);
    }
  }

  /** The number of rows. */
  public long count() {
    return count(Filter.all());
  }

  /** The number of rows a filter matches. */
  public long count(Filter<M> where) {
    return executor().read(statements().count(table, where, DeletedRows.EXCLUDE), rs -> rs.getLong(1)).get(0);
  }

  private record Result<M>(List<M> rows, List<long[]> counts) {}

  /** The columns a query reads, and where each column of the model sits in its rows (0: not read). */
  private record Shape(int[] columns, int[] positions) {}

  private Shape shape(Query<M> query) {
    if (query.select().isEmpty() && query.omit().isEmpty()) {
      return new Shape(table.allColumns(), table.allPositions());
    }
    int[] columns = selectedColumns(query);
    int[] positions = new int[table.columns().size()];
    for (int i = 0; i < columns.length; i++) {
      positions[columns[i]] = i + 1;
    }
    return new Shape(columns, positions);
  }

  private Result<M> read(Query<M> query, List<RelationLink> countLinks) {
    Shape shape = shape(query);
    int[] columns = shape.columns();
    int[] positions = shape.positions();
    Prepared prepared = statements().select(table, query, columns, countLinks);
    List<long[]> counts = new ArrayList<>();
    List<M> rows = executor().read(prepared, rs -> {
      if (!countLinks.isEmpty()) {
        long[] rowCounts = new long[countLinks.size()];
        for (int c = 0; c < rowCounts.length; c++) {
          rowCounts[c] = rs.getLong(columns.length + 1 + c);
        }
        counts.add(rowCounts);
      }
      return table.read(rs, positions);
    });
    return new Result<>(includes.load(table, rows, query.includes()), counts);
  }

  /** The columns to read: the selection, less the omissions, plus what includes need. */
  private int[] selectedColumns(Query<M> query) {
    Set<Integer> chosen = new LinkedHashSet<>();
    if (query.select().isEmpty()) {
      for (int i = 0; i < table.columns().size(); i++) {
        chosen.add(i);
      }
    } else {
      query.select().forEach(a -> chosen.add(a.index()));
    }
    query.omit().forEach(a -> chosen.remove(a.index()));
    for (Include<M> include : query.includes()) {
      for (int column : include.link().localColumns()) {
        chosen.add(column);
      }
    }
    return chosen.stream().sorted().mapToInt(Integer::intValue).toArray();
  }


  // ---------------------------------------------------------------- aggregates

  /** Computes aggregates over the rows a query matches, in one statement. */
  public AggregateResult<M> aggregate(Consumer<AggregateQuery<M>> query) {
    AggregateQuery<M> spec = new AggregateQuery<>();
    query.accept(spec);
    List<Aggregation<M>> aggregations = spec.aggregations();
    if (aggregations.isEmpty()) {
      spec.count();
      aggregations = spec.aggregations();
    }
    List<Aggregation<M>> asked = aggregations;
    return executor().read(statements().aggregate(table, spec.where(), spec.deletedRows(), asked),
        rs -> new AggregateResult<>(aggregates(rs, asked, 1))).get(0);
  }

  /** Groups rows by columns and computes aggregates per group. */
  public List<Group<M>> groupBy(List<Attribute<M, ?>> by, Consumer<GroupByQuery<M>> query) {
    if (by.isEmpty()) {
      throw new IllegalArgumentException("groupBy needs at least one column to group by");
    }
    GroupByQuery<M> spec = new GroupByQuery<>();
    query.accept(spec);
    List<Aggregation<M>> asked = spec.aggregations();
    return executor().read(statements().groupBy(table, by, spec), rs -> {
      Map<Integer, Object> keys = new HashMap<>();
      for (int i = 0; i < by.size(); i++) {
        keys.put(by.get(i).index(), Readers.read(rs, i + 1, by.get(i).column()));
      }
      return new Group<>(keys, aggregates(rs, asked, by.size() + 1));
    });
  }

  private static <M> Map<Aggregation<M>, Object> aggregates(ResultSet rs, List<Aggregation<M>> aggregations, int first) throws SQLException {
    Map<Aggregation<M>, Object> values = new HashMap<>();
    for (int i = 0; i < aggregations.size(); i++) {
      Aggregation<M> aggregation = aggregations.get(i);
      int position = first + i;
      values.put(aggregation, switch (aggregation.function()) {
        case COUNT -> rs.getLong(position);
        case SUM, AVG -> rs.getBigDecimal(position);
        case MIN, MAX -> Readers.read(rs, position, aggregation.attribute().column());
      });
    }
    return values;
  }

  final RecordNotFoundException notFound(UniqueWhere<M> where, String action) {
    return new RecordNotFoundException("No " + table.model() + " where " + where + " to be " + action + ".");
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + table + "]";
  }
}
