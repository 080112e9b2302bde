package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a read-only model over a database view.
 *
 * <p>A view is queried like a model but never written, and migrations do not create it: create
 * the view yourself in a migration. An {@link Id} is optional; without one, the view has no
 * {@code findUnique}. Naming follows {@link Model}.
 *
 * <pre>{@code
 * @View
 * @Map("user_post_counts")
 * public record UserPostCount(@Id int userId, long posts) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface View {}
