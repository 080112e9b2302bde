package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.SoftDelete;
import dev.quarry.annotations.Unique;
import java.time.Instant;
import java.util.List;

/** Soft-deleted by a timestamp, with an email unique among live customers only. */
@Model
public record Customer(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    @Unique(ignoreDeleted = true) String email,
    String name,
    @SoftDelete @Nullable Instant deletedAt,
    List<Invoice> invoices) {

  /** A new, live customer. */
  public static Customer of(String email, String name) {
    return new Customer(null, email, name, null, null);
  }
}
