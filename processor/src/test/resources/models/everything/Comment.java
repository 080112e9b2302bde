package everything;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;

/** A composite id, and a foreign key to a unique column that is not the id. */
@Model
@Id(fields = {"postId", "number"})
public record Comment(
    String postId,
    int number,
    @Relation(fields = "postId", references = "id", onDelete = ReferentialAction.CASCADE) Post post,
    @Default("nobody@example.com") String authorEmail,
    @Relation(fields = "authorEmail", references = "email", onDelete = ReferentialAction.SET_DEFAULT) User author,
    @Default(function = DefaultFunction.ULID) String publicId,
    @Default(function = DefaultFunction.NANOID) String shortId) {}
