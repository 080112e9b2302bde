package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index over one or more components, each optionally followed by {@code asc} or {@code desc},
 * or over an SQL expression; partial with {@code where}, and of another access method with
 * {@code using}.
 *
 * <pre>{@code
 * @Model
 * @Index({"authorId", "createdAt desc"})
 * @Index(value = "slug", unique = true, name = "posts_slug_uq")
 * @Index(value = "authorId", where = "published")
 * @Index(expression = "lower(title)")
 * @Index(value = "tags", using = IndexMethod.GIN)
 * public record Post(@Id Integer id, int authorId, String slug, String title, boolean published, List<String> tags,
 *     Instant createdAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {

  /** The indexed components in order, each as {@code "name"}, {@code "name asc"} or {@code "name desc"}. */
  String[] value() default {};

  /** An SQL expression to index instead of components, such as {@code "lower(email)"} (column names, not components). */
  String expression() default "";

  /** An SQL condition that makes the index partial: only rows that meet it are indexed. */
  String where() default "";

  /** The access method. */
  IndexMethod using() default IndexMethod.BTREE;

  /** Whether the index also enforces uniqueness. */
  boolean unique() default false;

  /** The index name; by default {@code <table>_<columns>_idx} ({@code _key} when unique; {@code <table>_expr_idx} for an expression). */
  String name() default "";

  /** Holds repeated {@link Index} annotations on one record. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    Index[] value();
  }
}
