package dev.quarry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @Default} as written.
 *
 * @param mirror the annotation, for error positions
 * @param values the literal values given (at most one is valid)
 * @param functions the functions given, by constant name (at most one is valid)
 * @param dbGenerated the SQL expression, or empty
 */
public record DefaultDecl(
    AnnotationMirror mirror, List<String> values, List<String> functions, String dbGenerated) {}
