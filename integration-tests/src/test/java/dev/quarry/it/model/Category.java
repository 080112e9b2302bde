package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Unique;
import java.util.List;

/** The other side of {@link Article#categories()}. */
@Model
public record Category(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Unique String name, List<Article> articles) {}
