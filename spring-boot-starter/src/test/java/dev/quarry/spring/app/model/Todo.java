package dev.quarry.spring.app.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;

@Model
public record Todo(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Default("false") Boolean done,
    @Relation(fields = "userId", references = "id") User user, int userId) {}
