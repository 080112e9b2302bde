package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The primary key of a model.
 *
 * <p>On a component, that component is the id:
 *
 * <pre>{@code
 * @Model
 * public record User(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String email) {}
 * }</pre>
 *
 * <p>On the record, {@link #fields()} names the components of a composite id:
 *
 * <pre>{@code
 * @Model
 * @Id(fields = {"postId", "tagId"})
 * public record PostTag(int postId, int tagId) {}
 * }</pre>
 *
 * <p>A model has exactly one id, which is never {@link Nullable}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Id {

  /** The components of a composite id, in key order. Only on the record; empty on a component. */
  String[] fields() default {};

  /** The primary key constraint's name; by default {@code <table>_pkey}. */
  String name() default "";
}
