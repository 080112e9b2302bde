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
 */
public record RelationDecl(
    AnnotationMirror mirror,
    String name,
    List<String> fields,
    List<String> references,
    List<String> onDelete,
    List<String> onUpdate) {

  /** A relation field without {@code @Relation}. */
  public static RelationDecl none() {
    return new RelationDecl(null, "", List.of(), List.of(), List.of(), List.of());
  }

  /** Whether this side names the foreign key. */
  public boolean holdsKey() {
    return !fields.isEmpty() || !references.isEmpty();
  }
}
