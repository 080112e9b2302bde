package dev.quarry.bench.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import java.time.Instant;

/** The benchmark's posts, ten per user. */
@Model
@Index({"authorId", "createdAt desc"})
public record Post(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    String title,
    @Nullable String content,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    @Relation(fields = "authorId", references = "id", onDelete = ReferentialAction.CASCADE) User author,
    long authorId) {}
