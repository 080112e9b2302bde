package dev.quarry.runtime;

import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.query.UniqueWhere;
import dev.quarry.runtime.query.Update;
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

  @SuppressWarnings("unchecked")
  <T> T create(ModelTable<T> owner, T row, List<Connect.Target> connects) {
    T data = row;
    // Owning single relations first: the parent row must exist before this row points at it.
    for (RelationLink link : owner.relations()) {
      Object value = owner.getRelation(data, link.index());
      if (value != null && link.owning()) {
        ModelTable<Object> target = (ModelTable<Object>) link.target().get();
        Object created = create(target, value, List.of());
        data = copyKey(owner, data, link.localColumns(), target, created, link.targetColumns());
        data = owner.withRelation(data, link.index(), created);
      }
    }
    for (Connect.Target connect : connects) {
      if (connect.link().owning()) {
        ModelTable<Object> target = (ModelTable<Object>) connect.link().target().get();
        UniqueWhere<Object> where = (UniqueWhere<Object>) connect.targets().get(0);
        Object existing = findOne(target, where);
        data = copyKey(owner, data, connect.link().localColumns(), target, existing, connect.link().targetColumns());
      }
    }
    T created = insertOne(owner, stripRelations(owner, data));
    for (RelationLink link : owner.relations()) {
      Object value = owner.getRelation(data, link.index());
      if (value == null || link.owning()) {
        if (value != null) {
          created = owner.withRelation(created, link.index(), value);
        }
        continue;
      }
      ModelTable<Object> target = (ModelTable<Object>) link.target().get();
      List<Object> children = link.isList() ? (List<Object>) value : List.of(value);
      List<Object> made = new ArrayList<>();
      for (Object child : children) {
        if (link.kind() == RelationLink.Kind.MANY_TO_MANY) {
          Object madeChild = create(target, child, List.of());
          database.executor().execute(database.statements().link(link, owner, owner.get(created, link.localColumns()[0]),
              target.get(madeChild, link.targetColumns()[0])));
          made.add(madeChild);
        } else {
          Object keyed = copyKey(target, child, link.targetColumns(), owner, created, link.localColumns());
          made.add(create(target, keyed, List.of()));
        }
      }
      created = owner.withRelation(created, link.index(), link.isList() ? List.copyOf(made) : made.get(0));
    }
    for (Connect.Target connect : connects) {
      if (!connect.link().owning()) {
        connectExisting(owner, created, connect);
      }
    }
    return created;
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
    List<Object[]> rows = new ArrayList<>(1);
    rows.add(insert.values());
    List<T> inserted = database.executor().query(database.statements().insert(owner, insert.columns(), rows, false, true),
        rs -> owner.read(rs, owner.allPositions()));
    return inserted.get(0);
  }
}
