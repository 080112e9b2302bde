package dev.quarry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @Relation} as written; absent annotations read as an empty declaration.
 *
 * @param mirror the annotation, or {@code null} when the component has none
 * @param name the relation name, or empty
 * @param fields the local fields holding the key
 * @param references the referenced fields of the other model
 * @param onDelete the delete actions given, by constant name (at most one is valid)
 * @param onUpdate the update actions given, by constant name (at most one is valid)
 * @param foreignKey the foreign key constraint's name, or empty for the derived one
 * @param joinTable the join table's name for a many-to-many relation, or empty
 * @param joinColumns its two columns, side a's then side b's, or empty
 * @param joinPrimaryKey its primary key's name, or empty
 * @param joinIndex the name of its index on the second column, or empty
 */
public record RelationDecl(
    AnnotationMirror mirror,
    String name,
    List<String> fields,
    List<String> references,
    List<String> onDelete,
    List<String> onUpdate,
    String foreignKey,
    String joinTable,
    List<String> joinColumns,
    String joinPrimaryKey,
    String joinIndex) {

  /** A relation field without {@code @Relation}. */
  public static RelationDecl none() {
    return new RelationDecl(null, "", List.of(), List.of(), List.of(), List.of(), "", "", List.of(), "", "");
  }

  /** Whether this side names anything of a join table. */
  public boolean namesJoinTable() {
    return !joinTable.isEmpty() || !joinColumns.isEmpty() || !joinPrimaryKey.isEmpty() || !joinIndex.isEmpty();
  }

  /** Whether this side names the foreign key (a constraint name without fields reads as a key missing them). */
  public boolean holdsKey() {
    return !fields.isEmpty() || !references.isEmpty() || !foreignKey.isEmpty();
  }
}
