package everything;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;

/** A one-to-one whose id is also the foreign key. */
@Model
public record Profile(
    @Id long userId,
    @Relation(fields = "userId", references = "id", onDelete = ReferentialAction.CASCADE) User user,
    String bio) {}
