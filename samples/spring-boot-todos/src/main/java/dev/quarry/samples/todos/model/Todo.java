package dev.quarry.samples.todos.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;
import java.time.Instant;

/** Something a user has to do. */
@Model
public record Todo(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Default("false") Boolean done,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    @Relation(fields = "userId", references = "id") User user,
    int userId) {}
