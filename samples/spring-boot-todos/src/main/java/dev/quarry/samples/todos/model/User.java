package dev.quarry.samples.todos.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Unique;
import java.util.List;

/** Someone with todos; a user with todos cannot be deleted. */
@Model
public record User(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @Unique String email,
    @Nullable String name,
    List<Todo> todos) {}
