-- [set-default] Column users.level defaults to 2
-- [drop-default] Column users.name loses its default
-- [set-default] Column users.rank defaults to 0

-- set-default
alter table "users" alter "level" set default 2;

-- drop-default
alter table "users" alter "name" drop default;

-- set-default
alter table "users" alter "rank" set default 0;
