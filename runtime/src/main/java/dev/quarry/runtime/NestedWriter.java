package dev.quarry.runtime;

import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.query.UniqueWhere;
import dev.quarry.runtime.query.Update;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.sql.Statements;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a row with the related rows set in it (nested create) and connects it to existing ones:
 * parents first, then the row, then its children and join-table links, all on the caller's
 * transaction.
 */
final class NestedWriter {

  private final Database database;

  NestedWriter(Database database) {
    this.database = database;
  }

  static <T> boolean hasRelations(ModelTable<T> table, T row) {
    for (RelationLink link : table.relations()) {
      if (table.getRelation(row, link.index()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Creates {@code row} with what is nested in it, then connects it as {@code connects} say. */
  @SuppressWarnings("unchecked")
  <T> T create(ModelTable<T> owner, T row, List<Connect.Target> connects) {
    T data = row;
    for (Connect.Target connect : connects) {
      if (connect.link().owning()) {
        ModelTable<Object> target = (ModelTable<Object>) connect.link().target().get();
        UniqueWhere<Object> where = (UniqueWhere<Object>) connect.targets().get(0);
        Object existing = findOne(target, where);
        data = copyKey(owner, data, connect.link().localColumns(), target, existing, connect.link().targetColumns());
      }
    }
    T created = createAll(owner, List.of(data)).get(0);
    for (Connect.Target connect : connects) {
      if (!connect.link().owning()) {
        connectExisting(owner, created, connect);
      }
    }
    return created;
  }

  /**
   * Creates rows of one model with the related rows set in them, level by level: the parents they
   * point at first, then the rows themselves, then their children and grandchildren, each level of
   * each model in one multi-row statement (one per set of columns given) rather than one per row.
   * Returns the rows as stored, in the order given, with their related rows as stored.
   */
  @SuppressWarnings("unchecked")
  <T> List<T> createAll(ModelTable<T> owner, List<T> rows) {
    List<T> data = new ArrayList<>(rows);
    for (RelationLink link : owner.relations()) {
      if (!link.owning()) {
        continue;
      }
      // Parents first: each row must point at an existing one.
      List<Integer> at = new ArrayList<>();
      List<Object> parents = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        Object parent = owner.getRelation(data.get(i), link.index());
        if (parent != null) {
          at.add(i);
          parents.add(parent);
        }
      }
      if (parents.isEmpty()) {
        continue;
      }
      ModelTable<Object> target = (ModelTable<Object>) link.target().get();
      List<Object> made = createAll(target, parents);
      for (int k = 0; k < at.size(); k++) {
        int i = at.get(k);
        T keyed = copyKey(owner, data.get(i), link.localColumns(), target, made.get(k), link.targetColumns());
        data.set(i, owner.withRelation(keyed, link.index(), made.get(k)));
      }
    }
    List<T> created = new ArrayList<>(new BulkInserter<>(database, owner).insertInOrder(data.stream().map(d -> stripRelations(owner, d)).toList()));
    for (RelationLink link : owner.relations()) {
      for (int i = 0; i < data.size(); i++) {
        Object value = owner.getRelation(data.get(i), link.index());
        if (value != null && link.owning()) {
          created.set(i, owner.withRelation(created.get(i), link.index(), value));
        }
      }
      if (!link.owning()) {
        createChildren(owner, link, data, created);
      }
    }
    return created;
  }

  /** Creates the rows of one to-many, one-to-one or many-to-many relation of every parent together, and sets them in the parents. */
  @SuppressWarnings("unchecked")
  private <T> void createChildren(ModelTable<T> owner, RelationLink link, List<T> data, List<T> created) {
    ModelTable<Object> target = (ModelTable<Object>) link.target().get();
    boolean manyToMany = link.kind() == RelationLink.Kind.MANY_TO_MANY;
    List<Object> children = new ArrayList<>();
    int[] counts = new int[data.size()];
    boolean any = false;
    for (int i = 0; i < data.size(); i++) {
      Object value = owner.getRelation(data.get(i), link.index());
      if (value == null) {
        counts[i] = -1;
        continue;
      }
      any = true;
      List<Object> own = link.isList() ? (List<Object>) value : List.of(value);
      counts[i] = own.size();
      for (Object child : own) {
        children.add(manyToMany ? child : copyKey(target, child, link.targetColumns(), owner, created.get(i), link.localColumns()));
      }
    }
    if (!any) {
      return;
    }
    List<Object> made = children.isEmpty() ? List.of() : createAll(target, children);
    List<Object[]> links = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < data.size(); i++) {
      if (counts[i] < 0) {
        continue;
      }
      List<Object> own = made.subList(next, next + counts[i]);
      next += counts[i];
      if (manyToMany) {
        for (Object child : own) {
          links.add(new Object[] {owner.get(created.get(i), link.localColumns()[0]), target.get(child, link.targetColumns()[0])});
        }
      }
      created.set(i, owner.withRelation(created.get(i), link.index(), link.isList() ? List.copyOf(own) : own.get(0)));
    }
    if (!links.isEmpty()) {
      // One batch for the join rows of all parents.
      String sql = database.statements().link(link, owner, links.get(0)[0], links.get(0)[1]).sql();
      database.executor().batch(sql, List.of(Statements.bind(owner, link.localColumns()[0], null),
          Statements.bind(target, link.targetColumns()[0], null)), links);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void connectExisting(ModelTable<T> owner, T created, Connect.Target connect) {
    RelationLink link = connect.link();
    ModelTable<Object> target = (ModelTable<Object>) link.target().get();
    for (UniqueWhere<?> where : connect.targets()) {
      UniqueWhere<Object> key = (UniqueWhere<Object>) where;
      if (link.kind() == RelationLink.Kind.MANY_TO_MANY) {
        Object existing = findOne(target, key);
        database.executor().execute(database.statements().link(link, owner, owner.get(created, link.localColumns()[0]),
            target.get(existing, link.targetColumns()[0])));
      } else {
        Update<Object> update = new Update<>();
        for (int i = 0; i < link.targetColumns().length; i++) {
          update.set(attribute(target, link.targetColumns()[i]), owner.get(created, link.localColumns()[i]));
        }
        int changed = database.executor().execute(database.statements().update(target, key.toFilter(), update.assignments(), false));
        if (changed == 0) {
          throw new RecordNotFoundException("Cannot connect " + target.model() + " where " + key + ": no such row.");
        }
      }
    }
  }

  private static Attribute<Object, Object> attribute(ModelTable<Object> table, int column) {
    return new Attribute<>(table, column);
  }

  private <T> T findOne(ModelTable<T> target, UniqueWhere<T> where) {
    Query<T> query = new Query<T>().where(where.toFilter());
    List<T> rows = database.executor().query(database.statements().select(target, query, target.allColumns(), List.of()),
        rs -> target.read(rs, target.allPositions()));
    if (rows.isEmpty()) {
      throw new RecordNotFoundException("Cannot connect " + target.model() + " where " + where + ": no such row.");
    }
    return rows.get(0);
  }

  private static <T, S> T copyKey(ModelTable<T> to, T row, int[] toColumns, ModelTable<S> from, S source, int[] fromColumns) {
    T result = row;
    for (int i = 0; i < toColumns.length; i++) {
      result = to.withColumn(result, toColumns[i], from.get(source, fromColumns[i]));
    }
    return result;
  }

  private static <T> T stripRelations(ModelTable<T> table, T row) {
    T result = row;
    for (RelationLink link : table.relations()) {
      if (table.getRelation(result, link.index()) != null) {
        result = table.withRelation(result, link.index(), null);
      }
    }
    return result;
  }

  <T> T insertOne(ModelTable<T> owner, T row) {
    Writes.Insert insert = Writes.insertValues(owner, row);
    Prepared compiled = CompiledLookups.insert(owner, insert);
    if (compiled == null) {
      List<Object[]> rows = new ArrayList<>(1);
      rows.add(insert.values());
      compiled = database.statements().insert(owner, insert.columns(), rows, false, true);
    }
    List<T> inserted = database.executor().query(compiled, rs -> owner.read(rs, owner.allPositions()));
    return inserted.get(0);
  }
}
