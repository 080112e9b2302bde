package dev.quarry.it.model;

import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.SoftDelete;
import java.math.BigDecimal;

/** Soft-deleted by a flag. */
@Model
public record Invoice(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    long customerId,
    @Relation(fields = "customerId", references = "id") Customer customer,
    @DbType("numeric(10,2)") BigDecimal amount,
    @SoftDelete boolean voided) {

  /** A new invoice of {@code customerId}. */
  public static Invoice of(long customerId, String amount) {
    return new Invoice(null, customerId, null, new BigDecimal(amount), false);
  }
}
