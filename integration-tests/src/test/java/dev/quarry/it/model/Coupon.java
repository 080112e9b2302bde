package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.Model;

/** A code unique among active coupons only: a partial unique index an upsert can match on. */
@Model
@Index(value = "code", unique = true, where = "active", name = "coupons_active_code")
public record Coupon(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id, String code, boolean active, int uses) {}
