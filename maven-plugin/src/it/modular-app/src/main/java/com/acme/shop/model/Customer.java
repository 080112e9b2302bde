package com.acme.shop.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Unique;
import java.util.List;

/** Someone who orders. */
@Model
public record Customer(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @Unique String email,
    String name,
    List<Order> orders) {}
