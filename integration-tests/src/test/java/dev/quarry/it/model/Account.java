package dev.quarry.it.model;

import dev.quarry.annotations.Computed;
import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.Version;
import java.math.BigDecimal;

/** Optimistic locking by a version, and columns the database computes. */
@Model
public record Account(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    @Unique String owner,
    @DbType("numeric(12,2)") BigDecimal balance,
    @Computed("balance >= 1000") boolean premium,
    @Computed("upper(owner)") String ownerKey,
    @Version long version) {

  /** A new account; the computed columns and the version are the database's and Quarry's. */
  public static Account of(String owner, String balance) {
    return new Account(null, owner, new BigDecimal(balance), false, null, 0);
  }
}
