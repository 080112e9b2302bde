package everything;

import dev.quarry.annotations.Check;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.IndexMethod;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.Unique;
import java.time.Instant;
import java.util.List;

/** Two named relations to the same model, a composite unique, sorted, expression, partial and BRIN indexes, and checks. */
@Model
@Unique(fields = {"authorId", "slug"})
@Check(name = "posts_editor_not_author", value = "editor_id is null or editor_id <> author_id")
@Index({"authorId", "createdAt desc"})
@Index(value = "title", name = "posts_title_search")
@Index(expression = "lower(title)", name = "posts_title_lower")
@Index(value = "createdAt", where = "editor_id is not null", name = "posts_edited_created_at")
@Index(value = "createdAt", using = IndexMethod.BRIN, name = "posts_created_at_brin")
public record Post(
    @Id @Default(function = DefaultFunction.CUID) String id,
    String title,
    @Check("slug ~ '^[a-z0-9-]+$'") String slug,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    long authorId,
    @Relation(name = "Author", fields = "authorId", references = "id", onDelete = ReferentialAction.CASCADE)
        User author,
    @Nullable Long editorId,
    @Relation(name = "Editor", fields = "editorId", references = "id") @Nullable User editor,
    List<Tag> tags,
    List<Comment> comments) {}
