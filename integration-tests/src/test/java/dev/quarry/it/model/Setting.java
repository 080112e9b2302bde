package dev.quarry.it.model;

import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Unique;

/** A model identified by a unique, without an id (as Prisma allows): its table has no primary key. */
@Model
public record Setting(@Unique String key, @Nullable String value) {}
