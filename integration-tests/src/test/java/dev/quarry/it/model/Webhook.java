package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import java.util.List;

/** A list of an enum whose type name needs quoting. */
@Model
public record Webhook(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, List<Trigger> triggers) {}
