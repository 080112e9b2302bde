package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking: the row's version, an {@code int} or {@code long} starting at 0 that every
 * update adds one to.
 *
 * <p>Updating or deleting the row <em>as read</em> ({@code repository.update(row, ...)},
 * {@code repository.delete(row)}) matches its id and this version; when another writer has
 * changed or deleted the row since, nothing is written and a {@code StaleRecordException} says
 * so. Updates by key or filter bump the version too, so holders of an older copy learn of them.
 * Quarry alone sets it: assigning it in an update is refused.
 *
 * <pre>{@code
 * @Model
 * public record Account(@Id Long id, BigDecimal balance, @Version long version) {}
 * }</pre>
 *
 * <p>One per model; not on a {@link View}, nor nullable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Version {}
