package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells migrations that a model or component was renamed, so the table or column is renamed
 * instead of dropped and created again (which would lose its data).
 *
 * <p>The value is the previous Java name. Remove the annotation once the migration exists.
 *
 * <pre>{@code
 * @RenamedFrom("title") String headline
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface RenamedFrom {

  /** The previous Java name of the model or component. */
  String value();
}
