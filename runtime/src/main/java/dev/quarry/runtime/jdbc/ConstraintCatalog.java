package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.meta.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each constraint name means in the model: which model's unique fields, which relation. Fed
 * by the model tables the application uses, so errors can speak of models instead of tables.
 */
public final class ConstraintCatalog {

  /** A unique constraint of a model. */
  record UniqueInfo(String model, List<String> fields) {}

  /** A foreign key of a model's relation. */
  record ForeignKeyInfo(String model, String relation) {}

  private final Map<String, UniqueInfo> uniques = new ConcurrentHashMap<>();
  private final Map<String, ForeignKeyInfo> foreignKeys = new ConcurrentHashMap<>();
  private final Map<String, String> models = new ConcurrentHashMap<>();
  private final Map<String, ModelTable<?>> registered = new ConcurrentHashMap<>();
  private final Map<String, String> columnFields = new ConcurrentHashMap<>();

  /** Learns the constraints of a model, and of every model it relates to. */
  public void register(ModelTable<?> table) {
    if (registered.putIfAbsent(table.model(), table) != null) {
      return;
    }
    models.put(table.table(), table.model());
    List<UniqueKey> keys = new ArrayList<>(table.uniques());
    if (table.primaryKey() != null) {
      keys.add(table.primaryKey());
    }
    for (UniqueKey key : keys) {
      List<String> fields = new ArrayList<>();
      for (int column : key.columns()) {
        fields.add(table.columns().get(column).field());
      }
      uniques.put(key.name(), new UniqueInfo(table.model(), fields));
    }
    for (RelationLink link : table.relations()) {
      if (link.foreignKey() != null) {
        foreignKeys.put(link.foreignKey(), new ForeignKeyInfo(table.model(), link.field()));
      }
    }
    for (RelationLink link : table.relations()) {
      register(link.target().get());
    }
  }

  /**
   * Learns the constraints a schema snapshot describes, for tools that work from the snapshot
   * rather than generated code (Studio).
   */
  public void register(dev.quarry.schema.Schema schema) {
    for (dev.quarry.schema.Model model : schema.models()) {
      models.putIfAbsent(model.table(), model.name());
      if (model.primaryKey() != null) {
        uniques.putIfAbsent(model.primaryKey().name(), new UniqueInfo(model.name(), model.primaryKey().fields()));
      }
      model.uniques().forEach(u -> uniques.putIfAbsent(u.name(), new UniqueInfo(model.name(), u.fields())));
      model.indexes().stream().filter(dev.quarry.schema.Index::unique).forEach(i ->
          uniques.putIfAbsent(i.name(), new UniqueInfo(model.name(), i.columns().stream().map(c -> c.field()).toList())));
      for (dev.quarry.schema.Relation relation : model.relations()) {
        if (relation.foreignKey() != null) {
          foreignKeys.putIfAbsent(relation.foreignKey().name(), new ForeignKeyInfo(model.name(), relation.field()));
        }
      }
      for (dev.quarry.schema.Field field : model.fields()) {
        columnFields.putIfAbsent(model.table() + "." + field.column(), field.name());
      }
    }
  }

  UniqueInfo unique(String constraint) {
    return constraint == null ? null : uniques.get(constraint);
  }

  ForeignKeyInfo foreignKey(String constraint) {
    return constraint == null ? null : foreignKeys.get(constraint);
  }

  /** The model of a table, or {@code null}. */
  String model(String table) {
    return table == null ? null : models.get(table);
  }

  /** The field of a column of a table's model, or the column when unknown. */
  String field(String table, String column) {
    String known = table == null ? null : columnFields.get(table + "." + column);
    if (known != null) {
      return known;
    }
    String model = model(table);
    ModelTable<?> modelTable = model == null ? null : registered.get(model);
    if (modelTable != null) {
      for (var c : modelTable.columns()) {
        if (c.name().equals(column)) {
          return c.field();
        }
      }
    }
    return column;
  }
}
