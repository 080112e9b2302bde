package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Naming;
import dev.quarry.annotations.NamingStyle;
import java.util.List;

/** The other side of the verbatim many-to-many. */
@Naming(NamingStyle.VERBATIM)
@Model
public record Genre(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String label, List<Book> books) {}
