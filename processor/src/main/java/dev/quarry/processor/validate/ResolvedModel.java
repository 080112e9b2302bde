package dev.quarry.processor.validate;

import dev.quarry.processor.model.ModelDecl;
import dev.quarry.schema.CheckConstraint;
import dev.quarry.schema.Field;
import dev.quarry.schema.Index;
import dev.quarry.schema.PrimaryKey;
import dev.quarry.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * A model whose own rules have been checked, with its names resolved; its relations are resolved
 * afterwards, across models.
 */
record ResolvedModel(
    ModelDecl decl,
    String table,
    List<Field> fields,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniques,
    List<Index> indexes,
    List<CheckConstraint> checks) {

  Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  String name() {
    return decl.name();
  }

  /** Whether these fields, in any order, are the id or one unique of this model. */
  boolean isUniqueKey(List<String> names) {
    java.util.Set<String> wanted = java.util.Set.copyOf(names);
    if (primaryKey != null && wanted.equals(java.util.Set.copyOf(primaryKey.fields()))) {
      return true;
    }
    return uniques.stream().anyMatch(u -> wanted.equals(java.util.Set.copyOf(u.fields())))
        || indexes.stream().anyMatch(i -> i.unique()
            && wanted.equals(java.util.Set.copyOf(i.columns().stream().map(c -> c.field()).toList())));
  }
}
