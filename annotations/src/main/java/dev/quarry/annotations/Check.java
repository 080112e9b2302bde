package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code CHECK} constraint: a SQL condition every row must meet, in the database's own terms
 * (column names, not component names). On a component it usually names that column; on the
 * record it may relate several. A row that fails it is refused with a
 * {@code CheckConstraintException} naming the check and the model.
 *
 * <pre>{@code
 * @Model
 * @Check(name = "orders_dates_ordered", value = "shipped_at is null or shipped_at >= placed_at")
 * public record Order(@Id Long id, @Check("total >= 0") BigDecimal total, Instant placedAt, @Nullable Instant shippedAt) {}
 * }</pre>
 *
 * <p>Not allowed on a {@link View}: a view has no constraints.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Check.List.class)
public @interface Check {

  /** The condition, as SQL, such as {@code "price > 0"}. */
  String value();

  /**
   * The constraint's name; by default {@code <table>_<column>_check} on a component (PostgreSQL's
   * own), and {@code <table>_check} on the record.
   */
  String name() default "";

  /** Holds repeated {@link Check} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
  @interface List {
    /** The repeated annotations. */
    Check[] value();
  }
}
