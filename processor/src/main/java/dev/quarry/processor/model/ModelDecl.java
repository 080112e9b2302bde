package dev.quarry.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Model} or {@code @View} type as declared.
 *
 * @param element the annotated type
 * @param name its simple name
 * @param view whether it is a {@code @View}
 * @param marker the {@code @Model} or {@code @View} annotation
 * @param mappedName the {@code @Map} value, or {@code null}
 * @param renamedFrom the {@code @RenamedFrom} value, or {@code null}
 * @param fields the record components in order
 * @param compositeId the type-level {@code @Id}, or {@code null}
 * @param uniques the type-level {@code @Unique}s
 * @param indexes the {@code @Index}es
 * @param verbatim whether names are derived as written ({@code NamingStyle.VERBATIM}) rather than in snake_case
 * @param viewSql the {@code @View(sql)} query as written, empty when there is none
 * @param materialized the {@code @View(materialized)} flag
 */
public record ModelDecl(
    TypeElement element,
    String name,
    boolean view,
    AnnotationMirror marker,
    String mappedName,
    String renamedFrom,
    List<FieldDecl> fields,
    KeyDecl compositeId,
    List<KeyDecl> uniques,
    List<IndexDecl> indexes,
    List<CheckDecl> checks,
    boolean verbatim,
    String viewSql,
    boolean materialized) {

  /** The component of this name, if any. */
  public Optional<FieldDecl> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The Java binary name, as used in generated code. */
  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}
