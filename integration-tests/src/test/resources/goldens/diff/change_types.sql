-- [alter-column-type] Column users.name changes type from text to varchar(20); values that do not fit are lost or fail (destructive)
-- [alter-column-type] Column users.score changes type from integer to bigint

-- alter-column-type
alter table "users" alter column "name" type varchar(20) using "name"::varchar(20);

-- alter-column-type
alter table "users" alter column "score" type bigint using "score"::bigint;
