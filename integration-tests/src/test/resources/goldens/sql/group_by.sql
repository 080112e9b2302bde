select "t0"."author_id", count(*) from "posts" as "t0" group by "t0"."author_id" having count(*) > ? order by count(*) desc
-- binds: DECIMAL 1
