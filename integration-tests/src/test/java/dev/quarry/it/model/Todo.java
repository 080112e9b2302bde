package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;

/** Owned by a user; deleting a user who has todos is refused (the default RESTRICT). */
@Model
public record Todo(
    @Id @Default(function = DefaultFunction.CUID) String id,
    String title,
    @Default("false") Boolean done,
    @Relation(fields = "userId", references = "id") User user,
    Integer userId) {}
