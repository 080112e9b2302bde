package dev.quarry.sample.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;
import java.time.Instant;

/**
 * A todo, always owned by a user: there is no orphan todo, and a user who still has todos cannot
 * be deleted (the relation restricts the delete).
 */
@Model
public record Todo(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Default("false") Boolean done,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    @Relation(fields = "userId", references = "id") User user,
    int userId) {}
