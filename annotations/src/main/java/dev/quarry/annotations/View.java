package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a read-only model over a database view. Its repository has no write methods
 * at all: writing a view does not compile.
 *
 * <p>With {@link #sql()}, Migrate creates the view from its query after the tables, drops and
 * creates it again when the query changes (or when a table it names changes), and drops it when
 * the model goes. Without it, create the view yourself in a migration. {@link #materialized()}
 * makes a materialized view, whose repository has {@code refresh()}.
 *
 * <p>An {@link Id} is optional; without one, the view has no {@code findUnique}. On a
 * materialized view an id also gets a unique index, so a refresh never blocks readers. Naming
 * follows {@link Model}.
 *
 * <pre>{@code
 * @View(sql = """
 *     select u.id as user_id, count(p.id) as posts
 *     from users u left join posts p on p.author_id = u.id
 *     group by u.id""")
 * public record UserPostCount(@Id int userId, long posts) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface View {

  /** The view's query, in the database's terms (table and column names); empty when you create the view yourself. */
  String sql() default "";

  /** Whether the view is materialized: it stores its rows until {@code refresh()}. Needs {@link #sql()}. */
  boolean materialized() default false;
}
