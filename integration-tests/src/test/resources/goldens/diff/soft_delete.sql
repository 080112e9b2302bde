-- [drop-unique] Unique members_email_key is dropped
-- [add-required-column] Required column members.archived is added without a default; it fails when the table has rows (data-dependent)
-- [add-column] Column members.deleted_at is added
-- [add-unique] Unique members_email_key [email] is added as a unique index; duplicate values make it fail (data-dependent)

-- drop-unique
alter table "members" drop constraint "members_email_key";

-- add-required-column
alter table "members" add "archived" boolean not null;

-- add-column
alter table "members" add "deleted_at" timestamp with time zone null;

-- add-unique
create unique index "members_email_key" on "members"("email" asc) where "deleted_at" is null;
