package dev.quarry.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A {@code @Check} as written, on the record or on one of its components.
 *
 * @param element the record or the component, for error positions
 * @param mirror the annotation, for error positions
 * @param field the component's name, or {@code null} on the record
 * @param name the explicit constraint name, or empty
 * @param expression the condition, as SQL
 */
public record CheckDecl(Element element, AnnotationMirror mirror, String field, String name, String expression) {}
