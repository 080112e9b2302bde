package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint.
 *
 * <p>On a component, its values are unique: {@code @Unique String email}. On the record,
 * {@link #fields()} names the components whose combination is unique; it may be repeated:
 *
 * <pre>{@code
 * @Model
 * @Unique(fields = {"authorId", "slug"})
 * public record Post(@Id Integer id, int authorId, String slug) {}
 * }</pre>
 *
 * <p>Each unique can be looked up with {@code findUnique}, and can be the target of a relation's
 * {@code references}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Unique.List.class)
public @interface Unique {

  /** The components of a composite unique. Only on the record; empty on a component. */
  String[] fields() default {};

  /** The constraint's name; by default {@code <table>_<columns>_key} (Prisma's {@code map}). */
  String name() default "";

  /**
   * The name of the generated lookup of a composite unique (Prisma's {@code @@unique(name: ...)}):
   * {@code @Unique(fields = {"authorId", "slug"}, lookup = "authorSlug")} gives
   * {@code Post_.authorSlug(1, "hi")}; by default the fields joined by {@code And}.
   */
  String lookup() default "";

  /**
   * Whether the unique holds among rows not soft-deleted only (a partial unique index), so that a
   * deleted row's value can be taken again. Needs a {@link SoftDelete} on the model.
   */
  boolean ignoreDeleted() default false;

  /** Holds repeated {@link Unique} annotations on one record. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    Unique[] value();
  }
}
