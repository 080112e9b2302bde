-- [create-table] Table pairs is created
-- [add-unique] Unique pairs_a_b_key [a, b] is added (as a unique index)
-- [add-unique] Unique webhooks_id_key [id] is added as a unique index; duplicate values make it fail (data-dependent)

-- create-table
create table "pairs" ("a" integer not null, "b" integer not null, constraint "pairs_pkey" primary key ("a", "b"));

-- add-unique
create unique index "pairs_a_b_key" on "pairs"("a" asc, "b" asc);

-- add-unique
create unique index "webhooks_id_key" on "webhooks"("id" asc);
