package dev.quarry.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;

/**
 * A record component as declared.
 *
 * @param element the component
 * @param name the component name
 * @param type what its type is to Quarry
 * @param nullable whether it carries a {@code Nullable} annotation
 * @param id the {@code @Id} on it, or {@code null}; its entries are its (invalid) {@code fields}
 * @param unique the {@code @Unique} on it, or {@code null}; likewise
 * @param defaultDecl its {@code @Default}, or {@code null}
 * @param relation the {@code @Relation} on it, or {@code null}
 * @param updatedAt the {@code @UpdatedAt} on it, or {@code null}
 * @param json the {@code @Json} on it, or {@code null}
 * @param version the {@code @Version} on it, or {@code null}
 * @param computed the {@code @Computed} on it, or {@code null}
 * @param computedSql the {@code @Computed} expression, or {@code null}
 * @param softDelete the {@code @SoftDelete} on it, or {@code null}
 * @param mappedName the {@code @Map} value, or {@code null}
 * @param dbType the {@code @DbType} value, or {@code null}
 * @param renamedFrom the {@code @RenamedFrom} value, or {@code null}
 */
public record FieldDecl(
    RecordComponentElement element,
    String name,
    TypeShape type,
    boolean nullable,
    KeyDecl id,
    KeyDecl unique,
    DefaultDecl defaultDecl,
    RelationDecl relation,
    AnnotationMirror updatedAt,
    AnnotationMirror json,
    AnnotationMirror version,
    AnnotationMirror computed,
    String computedSql,
    AnnotationMirror softDelete,
    String mappedName,
    String dbType,
    String renamedFrom) {

  /** Whether this component is a relation rather than a column. */
  public boolean isRelation() {
    return type.isRelation();
  }
}
