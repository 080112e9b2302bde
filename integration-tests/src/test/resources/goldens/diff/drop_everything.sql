-- [drop-foreign-key] Foreign key posts_author_id_fkey is dropped
-- [create-table] Table notes is created
-- [drop-join-table] Join table _post_to_tag is dropped with its pairs (destructive)
-- [drop-table] Table posts is dropped with all its rows (destructive)
-- [drop-table] Table tags is dropped with all its rows (destructive)
-- [drop-table] Table users is dropped with all its rows (destructive)
-- [drop-enum] Enum role is dropped

-- drop-foreign-key
alter table "posts" drop constraint "posts_author_id_fkey";

-- create-table
create table "notes" ("id" integer not null, constraint "notes_pkey" primary key ("id"));

-- drop-join-table
drop table "_post_to_tag";

-- drop-table
drop table "posts";

-- drop-table
drop table "tags";

-- drop-table
drop table "users";

-- drop-enum
drop type "role";
