package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index over one or more components, each optionally followed by {@code asc} or {@code desc}.
 *
 * <pre>{@code
 * @Model
 * @Index({"authorId", "createdAt desc"})
 * @Index(value = "slug", unique = true, name = "posts_slug_uq")
 * public record Post(@Id Integer id, int authorId, String slug, Instant createdAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {

  /** The indexed components in order, each as {@code "name"}, {@code "name asc"} or {@code "name desc"}. */
  String[] value();

  /** Whether the index also enforces uniqueness. */
  boolean unique() default false;

  /** The index name; by default {@code <table>_<columns>_idx} ({@code _key} when unique). */
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
