package dev.quarry.bench.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Unique;
import java.time.Instant;
import java.util.List;

/** The benchmark's users. */
@Model
public record User(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    @Unique String email,
    @Nullable String name,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    List<Post> posts) {}
