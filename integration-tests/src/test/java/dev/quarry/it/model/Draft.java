package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import java.util.List;

/** A nullable scalar list, as Prisma makes them: a create may leave it out. */
@Model
public record Draft(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Nullable List<String> labels) {}
