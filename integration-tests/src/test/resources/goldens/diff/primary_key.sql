-- [drop-primary-key] Primary key pairs_pkey is dropped
-- [add-primary-key] Primary key pairs_pkey [left, right] is added (data-dependent)

-- drop-primary-key
alter table "pairs" drop constraint "pairs_pkey";

-- add-primary-key
alter table "pairs" add constraint "pairs_pkey" primary key ("left", "right");
