package blog;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Relation;

@Model
public record Post(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Nullable String content,
    @Default("false") boolean published,
    @Relation(fields = "authorId", references = "id") User author,
    int authorId) {}
