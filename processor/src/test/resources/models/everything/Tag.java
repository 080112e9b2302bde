package everything;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Unique;
import java.util.List;

/** The other side of an implicit many-to-many with posts. */
@Model
public record Tag(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) int id,
    @Unique String name,
    List<Post> posts) {}
