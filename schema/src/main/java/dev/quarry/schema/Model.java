package dev.quarry.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Optional;

/**
 * A model: one table (or, for a {@link #view() view}, a read-only view).
 *
 * @param name the record's simple name
 * @param javaType the record's canonical name
 * @param table the table or view name
 * @param view whether the model is a read-only view
 * @param renamedFrom the previous Java name when the model was renamed, else {@code null}
 * @param fields the scalar fields (columns) in component order; relation fields are in
 *     {@link #relations()}
 * @param primaryKey the primary key; {@code null} only for a view without an id
 * @param uniques the unique constraints, sorted by name
 * @param indexes the indexes, sorted by name
 * @param relations the relation fields in component order
 * @param checks the {@code CHECK} constraints, sorted by name (left out of the JSON when there are none)
 * @param viewSql for a view Migrate creates, its query; {@code null} for a table, and for a view
 *     the user creates
 * @param materialized whether the view is a materialized view (it has {@link #viewSql()})
 */
public record Model(
    String name,
    String javaType,
    String table,
    boolean view,
    String renamedFrom,
    List<Field> fields,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniques,
    List<Index> indexes,
    List<Relation> relations,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CheckConstraint> checks,
    String viewSql,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean materialized) {

  public Model {
    fields = List.copyOf(fields);
    uniques = List.copyOf(uniques);
    indexes = List.copyOf(indexes);
    relations = List.copyOf(relations);
    // Snapshots written before checks existed have none.
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** Whether Migrate creates, replaces and drops this view from its {@link #viewSql()}. */
  public boolean managedView() {
    return view && viewSql != null;
  }

  /** The scalar field of this name, if any. */
  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The relation field of this name, if any. */
  public Optional<Relation> relation(String fieldName) {
    return relations.stream().filter(r -> r.field().equals(fieldName)).findFirst();
  }
}
