package dev.quarry.it.model;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.UpdatedAt;
import java.time.Instant;
import java.util.List;

@Model
@Unique(fields = {"authorId", "title"})
public record Post(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    String title,
    @Nullable String content,
    @Default("false") Boolean published,
    @Default("0") Integer views,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @Relation(fields = "authorId", references = "id", onDelete = ReferentialAction.CASCADE) User author,
    Integer authorId,
    List<Comment> comments,
    List<Tag> tags) {

  /** A new post by {@code authorId}. */
  public static Post of(String title, Integer authorId) {
    return new Post(null, title, null, null, null, null, null, null, authorId, null, null);
  }
}
