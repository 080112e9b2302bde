package dev.quarry.it.model;

import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import java.time.Instant;

/** An Instant in a timestamp without time zone, as Prisma stores DateTime: the UTC wall time. */
@Model
public record Event(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @DbType("timestamp(3)") Instant at,
    @Default(function = DefaultFunction.NOW) @DbType("timestamp(3)") Instant createdAt) {}
