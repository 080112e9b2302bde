package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Naming;
import dev.quarry.annotations.NamingStyle;
import dev.quarry.annotations.Unique;
import java.util.List;

/** Names as written, as Prisma derives them: table "Author", column "penName". */
@Naming(NamingStyle.VERBATIM)
@Model
public record Author(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Unique String penName, List<Book> books) {}
