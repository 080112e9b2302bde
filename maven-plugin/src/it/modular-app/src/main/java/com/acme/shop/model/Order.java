package com.acme.shop.model;

import dev.quarry.annotations.Computed;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;
import java.math.BigDecimal;
import java.time.Instant;

/** An order of one customer; its total with tax is the database's to compute. */
@Model
public record Order(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    BigDecimal total,
    @Computed("total * 1.25") BigDecimal withTax,
    @Default(function = DefaultFunction.NOW) Instant placedAt,
    @Relation(fields = "customerId", references = "id") Customer customer,
    int customerId) {}
