package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;

@Model
public record Comment(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    String text,
    @Relation(fields = "postId", references = "id", onDelete = ReferentialAction.CASCADE) Post post,
    Integer postId) {}
