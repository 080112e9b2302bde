package everything;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.Relation;
import java.util.List;

/** A one-to-one whose id is also the foreign key, a record stored as JSON and a list of records stored as a JSON array. */
@Model
public record Profile(
    @Id long userId,
    @Relation(fields = "userId", references = "id", onDelete = ReferentialAction.CASCADE) User user,
    String bio,
    @Nullable Address address,
    List<Link> links) {}
