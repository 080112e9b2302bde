-- [drop-index] Index posts_title_idx is dropped
-- [rename-index] Index old_name is renamed to new_name
-- [create-index] Index posts_title_idx is created

-- drop-index
drop index "posts_title_idx";

-- rename-index
alter index "old_name" rename to "new_name";

-- create-index
create index "posts_title_idx" on "posts"("title" desc);
