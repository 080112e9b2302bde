package dev.quarry.runtime;

import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.sql.Statements;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Inserts many rows of one model: rows giving values for the same columns go together, by
 * {@code COPY} from {@link Database#copyThreshold()} rows on, else as one JDBC batch, or as
 * multi-row inserts cut to PostgreSQL's parameter limit; more than one statement runs in one
 * transaction, so the whole is stored or nothing.
 *
 * @param <M> the model
 */
final class BulkInserter<M> {

  private final Database database;
  private final ModelTable<M> table;

  BulkInserter(Database database, ModelTable<M> table) {
    this.database = database;
    this.table = table;
  }

  /** Inserts {@code rows}; the number inserted (with {@code skipDuplicates}, conflicting rows are not). */
  int insert(List<M> rows, boolean skipDuplicates) {
    if (!skipDuplicates && rows.size() >= database.copyThreshold() && database.executor().canCopy()
        && table.columns().size() <= 64) {
      long common = commonColumns(rows);
      if (common != 0) {
        return copyDirect(rows, Writes.columnSet(table, common));
      }
    }
    Collection<List<Writes.Insert>> groups = groupByColumns(rows).values();
    return allOrNothing(groups, skipDuplicates, () -> createGroups(groups, skipDuplicates));
  }

  /** The columns every row gives, as bits, or 0 when rows differ (or give none). */
  private long commonColumns(List<M> rows) {
    long common = Writes.givenColumns(table, rows.get(0));
    for (int i = 1; i < rows.size(); i++) {
      if (Writes.givenColumns(table, rows.get(i)) != common) {
        return 0;
      }
    }
    return common;
  }

  /**
   * One {@code COPY} of rows that all give the same columns, each row's values written straight
   * into the load's text through one reused array: no per-row objects beyond what the record's
   * accessors box.
   */
  private int copyDirect(List<M> rows, Writes.ColumnSet set) {
    int[] columns = set.columns();
    List<Bind> columnBinds = new ArrayList<>(columns.length);
    for (int column : columns) {
      columnBinds.add(Bind.of(table, column, null));
    }
    long copied = database.executor().copy(database.statements().copy(table, columns), columnBinds, rows.size(),
        (index, values) -> Writes.fillValues(table, rows.get(index), set, values));
    return Math.toIntExact(copied);
  }

  /** Inserts {@code rows} in multi-row statements and returns them as stored. */
  List<M> insertAndReturn(List<M> rows, boolean skipDuplicates) {
    Collection<List<Writes.Insert>> groups = groupByColumns(rows).values();
    return allOrNothing(groups, true, () -> {
      List<M> created = new ArrayList<>();
      for (List<Writes.Insert> members : groups) {
        for (List<Object[]> chunk : chunks(members)) {
          created.addAll(database.executor().query(
              database.statements().insert(table, members.get(0).columns(), chunk, skipDuplicates, true),
              rs -> table.read(rs, table.allPositions())));
        }
      }
      return created;
    });
  }

  /**
   * Inserts {@code rows} in multi-row statements (one per set of columns given, cut to the
   * parameter limit) and returns them as stored, in the order given: PostgreSQL returns the rows of
   * an {@code INSERT ... VALUES ... RETURNING} in the order of its values. Runs on the caller's
   * transaction, if any.
   */
  List<M> insertInOrder(List<M> rows) {
    Map<Writes.ColumnSet, List<Integer>> positions = new LinkedHashMap<>();
    Map<Writes.ColumnSet, List<Writes.Insert>> groups = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Writes.Insert insert = Writes.insertValues(table, rows.get(i));
      groups.computeIfAbsent(insert.columnSet(), k -> new ArrayList<>()).add(insert);
      positions.computeIfAbsent(insert.columnSet(), k -> new ArrayList<>()).add(i);
    }
    List<M> stored = new ArrayList<>(java.util.Collections.nCopies(rows.size(), (M) null));
    for (Map.Entry<Writes.ColumnSet, List<Writes.Insert>> group : groups.entrySet()) {
      List<Integer> at = positions.get(group.getKey());
      int next = 0;
      for (List<Object[]> chunk : chunks(group.getValue())) {
        List<M> created = database.executor().query(
            database.statements().insert(table, group.getKey().columns(), chunk, false, true),
            rs -> table.read(rs, table.allPositions()));
        for (M row : created) {
          stored.set(at.get(next++), row);
        }
      }
    }
    return stored;
  }

  /**
   * Creates each row or updates the one with its key ({@code insert ... on conflict do update}),
   * in multi-row statements, all or nothing; the rows as stored when {@code returning}, else
   * {@code null} and the count in {@code counted[0]}.
   */
  List<M> upsert(List<M> rows, int[] key, int[] update, boolean returning, long[] counted) {
    Collection<List<Writes.Insert>> groups = groupByColumns(rows).values();
    for (List<Writes.Insert> members : groups) {
      Set<Integer> present = Arrays.stream(members.get(0).columns()).boxed().collect(Collectors.toSet());
      for (int column : key) {
        if (!present.contains(column)) {
          throw new InvalidValueException("upsertMany on " + table.model() + ": every row needs its " + fieldOf(column)
              + ", the key rows are matched on.");
        }
      }
    }
    return allOrNothing(groups, true, () -> {
      List<M> stored = returning ? new ArrayList<>() : null;
      for (List<Writes.Insert> members : groups) {
        for (List<Object[]> chunk : chunks(members)) {
          Prepared statement = database.statements().upsertMany(table, members.get(0).columns(), chunk, key, update, returning);
          if (returning) {
            stored.addAll(database.executor().query(statement, rs -> table.read(rs, table.allPositions())));
          } else {
            counted[0] += database.executor().execute(statement);
          }
        }
      }
      return stored;
    });
  }

  private String fieldOf(int column) {
    return table.columns().get(column).field();
  }

  private int createGroups(Collection<List<Writes.Insert>> groups, boolean skipDuplicates) {
    long total = 0;
    for (List<Writes.Insert> members : groups) {
      int[] columns = members.get(0).columns();
      if (skipDuplicates) {
        // Not a JDBC batch: rewritten batches report every row as inserted, skipped or not.
        for (List<Object[]> chunk : chunks(members)) {
          total += database.executor().execute(database.statements().insert(table, columns, chunk, true, false));
        }
        continue;
      }
      List<Bind> columnBinds = new ArrayList<>(columns.length);
      for (int column : columns) {
        columnBinds.add(Statements.bind(table, column, null));
      }
      List<Object[]> values = new ArrayList<>(members.size());
      for (Writes.Insert member : members) {
        values.add(member.values());
      }
      if (columns.length > 0 && members.size() >= database.copyThreshold() && database.executor().canCopy()) {
        total += database.executor().copy(database.statements().copy(table, columns), columnBinds, values);
      } else {
        String sql = database.statements().insert(table, columns, values.subList(0, 1), false, false).sql();
        total += database.executor().batch(sql, columnBinds, values);
      }
    }
    return Math.toIntExact(total);
  }

  /**
   * Runs a write of several groups in one transaction when it takes more than one statement (several
   * groups, or a group of more than one chunk when {@code chunked}), so that it is all or nothing.
   */
  private <T> T allOrNothing(Collection<List<Writes.Insert>> groups, boolean chunked, Supplier<T> write) {
    boolean severalStatements = groups.size() > 1
        || chunked && groups.stream().anyMatch(members -> members.size() > chunkSize(members.get(0).columns().length));
    if (severalStatements && !database.executor().inTransaction()) {
      return database.executor().transaction(TransactionOptions.defaults(), write::get);
    }
    return write.get();
  }

  /** A group's values cut into multi-row inserts: PostgreSQL takes at most 65535 parameters per statement. */
  private static List<List<Object[]>> chunks(List<Writes.Insert> members) {
    int chunk = chunkSize(members.get(0).columns().length);
    List<List<Object[]>> chunks = new ArrayList<>();
    for (int start = 0; start < members.size(); start += chunk) {
      List<Object[]> values = new ArrayList<>(Math.min(chunk, members.size() - start));
      for (Writes.Insert member : members.subList(start, Math.min(members.size(), start + chunk))) {
        values.add(member.values());
      }
      chunks.add(values);
    }
    return chunks;
  }

  private static int chunkSize(int columns) {
    return Math.max(1, 30_000 / Math.max(1, columns));
  }

  private Map<Writes.ColumnSet, List<Writes.Insert>> groupByColumns(List<M> rows) {
    Map<Writes.ColumnSet, List<Writes.Insert>> groups = new LinkedHashMap<>();
    for (M row : rows) {
      Writes.Insert insert = Writes.insertValues(table, row);
      groups.computeIfAbsent(insert.columnSet(), k -> new ArrayList<>()).add(insert);
    }
    return groups;
  }
}
