package ${package}.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import java.time.Instant;

/** A post, a draft until published. Deleting its author deletes it. */
@Model
public record Post(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Nullable String content,
    @Default("false") Boolean published,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    @Relation(fields = "authorId", references = "id", onDelete = ReferentialAction.CASCADE) User author,
    int authorId) {}
