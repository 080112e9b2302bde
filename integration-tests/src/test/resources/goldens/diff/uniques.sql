-- [drop-unique] Unique users_email_key is dropped
-- [add-unique] Unique users_name_key [name] is added; duplicate values make it fail (data-dependent)

-- drop-unique
alter table "users" drop constraint "users_email_key";

-- add-unique
alter table "users" add constraint "users_name_key" unique ("name");
