package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Soft delete: {@code delete} marks the row instead of removing it, and reads leave marked rows
 * out. The component is a {@code @Nullable Instant} (or {@code OffsetDateTime},
 * {@code LocalDateTime}) holding when the row was deleted, or a {@code boolean} that is
 * {@code true} once it is.
 *
 * <p>Every find, count, aggregate, group, relation filter, relation count and include sees live
 * rows only, unless its query says {@code withDeleted()} or {@code onlyDeleted()}; updates change
 * live rows only. {@code restore(key)} brings a row back, {@code hardDelete(key)} removes it for
 * good. A {@link Unique} with {@code ignoreDeleted = true} holds among live rows only, so a
 * deleted row's email can be taken again.
 *
 * <pre>{@code
 * @Model
 * public record Customer(@Id Long id, @Unique(ignoreDeleted = true) String email,
 *     @SoftDelete @Nullable Instant deletedAt) {}
 * }</pre>
 *
 * <p>One per model; not on a {@link View}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface SoftDelete {}
