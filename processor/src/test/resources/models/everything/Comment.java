package everything;

import dev.quarry.annotations.Computed;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.Version;

/** A composite id, a foreign key to a unique column that is not the id, a version and a computed column. */
@Model
@Id(fields = {"postId", "number"})
public record Comment(
    String postId,
    int number,
    @Relation(fields = "postId", references = "id", onDelete = ReferentialAction.CASCADE) Post post,
    @Default("nobody@example.com") String authorEmail,
    @Relation(fields = "authorEmail", references = "email", onDelete = ReferentialAction.SET_DEFAULT) User author,
    @Default(function = DefaultFunction.ULID) String publicId,
    @Default(function = DefaultFunction.NANOID) String shortId,
    String body,
    @Computed("length(body)") int length,
    @Version long version) {}
