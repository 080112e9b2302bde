package com.acme.shop.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.SoftDelete;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.Version;
import java.time.Instant;
import java.util.List;

/** Someone who orders; closing an account keeps its history, and frees its email. */
@Model
public record Customer(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @Unique(ignoreDeleted = true) String email,
    String name,
    @Nullable Address address,
    @SoftDelete @Nullable Instant closedAt,
    @Version long version,
    List<Order> orders) {}
