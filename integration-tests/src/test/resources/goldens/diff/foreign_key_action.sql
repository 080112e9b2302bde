-- [drop-foreign-key] Foreign key posts_author_id_fkey is dropped
-- [add-foreign-key] Foreign key posts_author_id_fkey [author_id] → users[id] is added; rows pointing at no row make it fail (data-dependent)

-- drop-foreign-key
alter table "posts" drop constraint "posts_author_id_fkey";

-- add-foreign-key
alter table "posts" add constraint "posts_author_id_fkey" foreign key ("author_id") references "users" ("id") on delete cascade on update cascade;
