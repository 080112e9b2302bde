package dev.quarry.it.model;

import dev.quarry.annotations.View;
import java.math.BigDecimal;

/** A materialized view without an id: refreshed while readers wait. */
@View(sql = "select count(*) as accounts, coalesce(sum(balance), 0) as total from accounts", materialized = true)
public record AccountTotals(long accounts, BigDecimal total) {}
