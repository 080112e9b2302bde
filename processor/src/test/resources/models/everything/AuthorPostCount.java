package everything;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.View;

/** A materialized view Migrate creates from its query, with an id for refreshes that never block readers. */
@View(sql = """
    select u.id as author_id, count(p.id) as posts
    from app_user u left join posts p on p.author_id = u.id
    group by u.id""", materialized = true)
public record AuthorPostCount(@Id long authorId, long posts) {}
