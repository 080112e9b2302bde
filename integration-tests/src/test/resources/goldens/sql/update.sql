update "users" as "t0" set "name" = ?, "logins" = ("t0"."logins" + ?) where "t0"."id" = ? returning "t0"."id", "t0"."email", "t0"."name", "t0"."role", "t0"."logins"
-- binds: STRING Ada, INT 1, INT 7
