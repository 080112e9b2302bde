package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;
import java.util.List;

/** A many-to-many relation over a join table named as Prisma names it. */
@Model
public record Article(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Relation(joinTable = "_ArticleToCategory", joinColumns = {"A", "B"}, joinPrimaryKey = "_ArticleToCategory_AB_pkey",
        joinIndex = "_ArticleToCategory_B_index")
    List<Category> categories) {}
