/**
 * The annotations that describe a Quarry data model.
 *
 * <p>A model is a {@code record} annotated {@link dev.quarry.annotations.Model @Model}. Each record
 * component is a column, or a relation when its type is another model (or a {@code List} of one):
 *
 * <pre>{@code
 * @Model
 * public record User(
 *     @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
 *     @Unique String email,
 *     @Nullable String name,
 *     List<Post> posts) {}
 *
 * @Model
 * public record Post(
 *     @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
 *     String title,
 *     @Nullable String content,
 *     @Default("false") boolean published,
 *     @Relation(fields = "authorId", references = "id") User author,
 *     int authorId) {}
 * }</pre>
 *
 * <p><b>Required or optional.</b> A column is optional (nullable) exactly when its component is
 * annotated with an annotation whose simple name is {@code Nullable} ({@link Nullable this
 * package's}, JSpecify's, Jakarta's, JetBrains' ...). Every other column is {@code NOT NULL}. A
 * boxed type such as {@code Integer} is still required; it lets a create pass {@code null} to mean
 * "use the column's {@link Default default}".
 *
 * <p>All annotations are read at compile time by the Quarry processor; none is read by reflection.
 */
package dev.quarry.annotations;
