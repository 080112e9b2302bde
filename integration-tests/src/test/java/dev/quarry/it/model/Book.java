package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Naming;
import dev.quarry.annotations.NamingStyle;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.Unique;
import java.util.List;

/** Verbatim names, a relation ("Book_authorId_fkey") and an implicit many-to-many ("_BookToGenre"). */
@Naming(NamingStyle.VERBATIM)
@Model
@Unique(fields = {"authorId", "title"}, lookup = "authorTitle")
public record Book(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Default("HARDCOVER") Format format,
    @Relation(fields = "authorId", references = "id") Author author,
    int authorId,
    List<Genre> genres) {}
