select count(*) from "users" as "t0" where (("t0"."email" = any(?)) or "t0"."name" = ?)
-- binds: STRING[] [a@x, b@x, c@x], STRING Ada
