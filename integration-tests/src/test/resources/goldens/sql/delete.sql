delete from "posts" as "t0" where "t0"."author_id" = ?
-- binds: INT 7
