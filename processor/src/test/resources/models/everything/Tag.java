package everything;

import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.SoftDelete;
import dev.quarry.annotations.Unique;
import java.time.Instant;
import java.util.List;

/** The other side of an implicit many-to-many with posts; soft-deleted, its name unique among live tags. */
@Model
public record Tag(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) int id,
    @Unique(ignoreDeleted = true) String name,
    List<Post> posts,
    @SoftDelete @Nullable Instant deletedAt) {}
