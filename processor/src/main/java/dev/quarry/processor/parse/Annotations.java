package dev.quarry.processor.parse;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Finds annotation mirrors by type, so errors can point at the annotation itself. */
final class Annotations {

  private Annotations() {}

  /** The mirror of this annotation type on the element, if present. */
  static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
    return all(element, type).stream().findFirst();
  }

  /** The mirror or {@code null}. */
  static AnnotationMirror orNull(Element element, Class<? extends Annotation> type) {
    return find(element, type).orElse(null);
  }

  /**
   * Every mirror of this annotation type on the element; a repeated annotation is looked for
   * inside its container too.
   */
  static List<AnnotationMirror> all(Element element, Class<? extends Annotation> type) {
    List<AnnotationMirror> found = new ArrayList<>();
    String wanted = type.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(wanted)) {
        found.add(mirror);
      } else if (name.equals(wanted + ".List")) {
        mirror.getElementValues().values().forEach(v -> collectNested(v.getValue(), found));
      }
    }
    return found;
  }

  private static void collectNested(Object value, List<AnnotationMirror> found) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof javax.lang.model.element.AnnotationValue av
            && av.getValue() instanceof AnnotationMirror nested) {
          found.add(nested);
        }
      }
    }
  }

  /**
   * Whether the element or its type carries an annotation whose simple name is {@code Nullable},
   * from whichever library: Quarry's own, JSpecify's (a type annotation), Jakarta's, JetBrains'.
   */
  static boolean hasNullable(Element element, TypeMirror type) {
    return element.getAnnotationMirrors().stream().anyMatch(Annotations::isNullable)
        || type.getAnnotationMirrors().stream().anyMatch(Annotations::isNullable);
  }

  private static boolean isNullable(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable");
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    DeclaredType type = mirror.getAnnotationType();
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
