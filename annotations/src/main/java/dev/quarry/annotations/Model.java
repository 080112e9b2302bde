package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a Quarry model: a database table whose rows are instances of the record.
 *
 * <p>The table is named after the record in snake_case plural ({@code User} → {@code users},
 * {@code BlogPost} → {@code blog_posts}, {@code Category} → {@code categories}); use {@link Map} to
 * choose another name. Columns are named after the components in snake_case ({@code authorId} →
 * {@code author_id}). Every model needs an {@link Id}.
 *
 * <pre>{@code
 * @Model
 * public record Todo(@Id @Default(function = DefaultFunction.UUID) UUID id, String title) {}
 * }</pre>
 *
 * <p>Only records may be models: a class, interface or enum annotated {@code @Model} is a compile
 * error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {}
