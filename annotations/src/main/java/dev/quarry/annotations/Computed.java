package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A generated column: the database computes the value from other columns of the row
 * ({@code GENERATED ALWAYS AS (expression) STORED}) and keeps it up to date.
 *
 * <p>It is read like any column, filtered and sorted on, and never written: creates leave it out
 * (whatever the record holds there) and assigning it in an update is refused. The expression is
 * SQL in the database's terms (column names, not component names) and may only use immutable
 * functions of the same row.
 *
 * <pre>{@code
 * @Model
 * public record OrderLine(@Id Long id, int quantity, BigDecimal unitPrice,
 *     @Computed("quantity * unit_price") BigDecimal total) {}
 * }</pre>
 *
 * <p>Not on a {@link View}, an {@link Id}, or with a {@link Default}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Computed {

  /** The SQL expression, such as {@code "quantity * unit_price"}. */
  String value();
}
