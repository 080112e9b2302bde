package dev.quarry.it.model;

import dev.quarry.annotations.Check;
import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import java.math.BigDecimal;

/** Columns with native limits, for the checks made before SQL runs, and a CHECK constraint the database keeps. */
@Model
public record Product(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    @DbType("varchar(3)") String code,
    @Check(name = "price_not_negative", value = "price >= 0") @DbType("numeric(6,2)") BigDecimal price) {}
