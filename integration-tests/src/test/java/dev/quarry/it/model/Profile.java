package dev.quarry.it.model;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;

@Model
public record Profile(
    @Id Integer userId,
    @Relation(fields = "userId", references = "id", onDelete = ReferentialAction.CASCADE) User user,
    String bio) {}
