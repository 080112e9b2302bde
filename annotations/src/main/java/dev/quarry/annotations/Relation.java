package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A relation between two models.
 *
 * <p>A component whose type is a model ({@code User author}) or a list of one
 * ({@code List<Post> posts}) is a relation field: it has no column and is {@code null} unless the
 * query includes it. The side that holds the foreign key names its scalar {@link #fields()} and the
 * {@link #references()} they point to (the id or a {@link Unique} of the other model):
 *
 * <pre>{@code
 * @Model
 * public record Post(
 *     @Id Integer id,
 *     @Relation(fields = "authorId", references = "id", onDelete = ReferentialAction.CASCADE) User author,
 *     int authorId) {}
 *
 * @Model
 * public record User(@Id Integer id, List<Post> posts) {}   // the other side needs no annotation
 * }</pre>
 *
 * <p>One to one: the owning side's fields are {@link Unique} and the other side is a single,
 * {@link Nullable} model. Many to many: both sides are lists and neither has fields; Quarry keeps
 * the pairs in a join table ({@code _post_to_tag}, or {@code _<name>} for a named relation). When
 * two models are related more than once, or a model relates to itself ambiguously, give both sides
 * of each relation the same {@link #name()}.
 *
 * <p>Defaults as in Prisma: {@code onDelete} is {@link ReferentialAction#RESTRICT} for a required
 * relation and {@link ReferentialAction#SET_NULL} for an optional one; {@code onUpdate} is
 * {@link ReferentialAction#CASCADE}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Relation {

  /** Pairs the two sides of a relation when the models are related more than once. */
  String name() default "";

  /** The scalar components of this model that hold the foreign key. Only on the owning side. */
  String[] fields() default {};

  /** The components of the other model that {@link #fields()} point to, in the same order. */
  String[] references() default {};

  /** The action on delete of the referenced row; at most one. */
  ReferentialAction[] onDelete() default {};

  /** The action on update of the referenced key; at most one. */
  ReferentialAction[] onUpdate() default {};

  /**
   * The foreign key constraint's name, on the side that holds the key; default
   * {@code <table>_<columns>_fkey} (Prisma's {@code @relation(map: "...")}).
   */
  String foreignKey() default "";

  /**
   * Many to many only: the join table's name, to use a table another tool made (Prisma's
   * {@code _CategoryToPost}); default {@code _<a>_to_<b>}, or {@code _<name>} for a named relation.
   * Give the join table's names on one side of the relation.
   */
  String joinTable() default "";

  /**
   * Many to many only: the join table's two columns, first the one that refers to side a (the
   * model whose name sorts first), then side b's; default {@code {"a_id", "b_id"}} (Prisma:
   * {@code {"A", "B"}}).
   */
  String[] joinColumns() default {};

  /** Many to many only: the name of the join table's primary key; default {@code <join table>_pkey} (Prisma: {@code _CategoryToPost_AB_pkey}). */
  String joinPrimaryKey() default "";

  /** Many to many only: the name of the index on the second column; default {@code <join table>_<b>_idx} (Prisma: {@code _CategoryToPost_B_index}). */
  String joinIndex() default "";
}
