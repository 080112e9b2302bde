package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a column takes when a create does not give one (passes {@code null}).
 *
 * <p>Set exactly one of the three forms:
 *
 * <pre>{@code
 * @Default("false") boolean published                              // a literal, parsed for the type
 * @Default(function = DefaultFunction.AUTOINCREMENT) Integer id     // a function
 * @Default(dbGenerated = "now() + interval '1 day'") Instant due    // any SQL expression
 * }</pre>
 *
 * <p>Literals are checked at compile time: numbers must fit their type, booleans are {@code true}
 * or {@code false}, enums name a constant, temporal values use ISO-8601 ({@code 2024-01-31},
 * {@code 2024-01-31T10:15:30Z}), a UUID is in its canonical form, JSON must parse and bytes are
 * base64.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {

  /** A literal value, as text; at most one. {@code @Default("")} is the empty string. */
  String[] value() default {};

  /** A default function; at most one. */
  DefaultFunction[] function() default {};

  /** A SQL expression evaluated by the database, used as written. */
  String dbGenerated() default "";
}
