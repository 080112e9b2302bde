-- [drop-index] Index articles_published is dropped
-- [drop-index] Index articles_title is dropped
-- [create-index] Index articles_labels_idx is created
-- [create-index] Index articles_published is created
-- [create-index] Index articles_title is created
-- [create-index] Index articles_title_published is created; duplicate values make it fail (data-dependent)

-- drop-index
drop index "articles_published";

-- drop-index
drop index "articles_title";

-- create-index
create index "articles_labels_idx" on "articles" using gin ("labels");

-- create-index
create index "articles_published" on "articles" ("published_at" asc) where published and published_at is not null;

-- create-index
create index "articles_title" on "articles" ((lower(title)));

-- create-index
create unique index "articles_title_published" on "articles" ("title" asc) where published;
