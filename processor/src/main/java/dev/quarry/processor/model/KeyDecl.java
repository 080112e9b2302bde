package dev.quarry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * A type-level {@code @Id}, {@code @Unique} or {@code @Index} as written.
 *
 * @param mirror the annotation, for error positions
 * @param entries the field names ({@code @Index} entries may end in {@code asc} or {@code desc})
 * @param name the explicit constraint name, or empty
 * @param unique for an index, whether it is unique
 * @param lookup for a composite unique, the name of its generated lookup, or empty
 * @param ignoreDeleted for a unique, whether it holds among rows not soft-deleted only
 */
public record KeyDecl(AnnotationMirror mirror, List<String> entries, String name, boolean unique, String lookup,
    boolean ignoreDeleted) {

  /** A key without a lookup name. */
  public KeyDecl(AnnotationMirror mirror, List<String> entries, String name, boolean unique) {
    this(mirror, entries, name, unique, "", false);
  }
}
