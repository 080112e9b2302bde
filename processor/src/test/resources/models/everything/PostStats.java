package everything;

import dev.quarry.annotations.Map;
import dev.quarry.annotations.View;

/** A read-only view, without an id. */
@View
@Map("post_stats")
public record PostStats(String postId, long comments) {}
