package dev.quarry.it.model;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.View;
import java.math.BigDecimal;

/** A materialized view with an id: it keeps its rows until refreshed, concurrently. */
@View(sql = "select owner, balance from accounts", materialized = true)
public record OwnerBalance(@Id String owner, BigDecimal balance) {}
