package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Relation;

/** An optional relation over a required key, as Prisma allows: the key is always set, the related row read only when included. */
@Model
public record Review(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String text,
    @Nullable @Relation(fields = "productId", references = "id") Product product,
    long productId) {}
