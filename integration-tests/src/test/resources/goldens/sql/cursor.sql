select "t0"."id", "t0"."email", "t0"."name", "t0"."role", "t0"."logins" from "users" as "t0" where ("t0"."id") >= (select "t1"."id" from "users" as "t1" where "t1"."id" = ?) order by "t0"."id" asc fetch next ? rows only
-- binds: INT 42, INT 5
