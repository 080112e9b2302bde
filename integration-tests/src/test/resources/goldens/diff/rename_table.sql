-- [rename-table] Table users is renamed to members
-- [rename-constraint] Constraint users_email_key is renamed to members_email_key
-- [rename-constraint] Constraint users_pkey is renamed to members_pkey

-- rename-table
alter table "users" rename to "members";

-- rename-constraint
alter table "members" rename constraint "users_email_key" to "members_email_key";

-- rename-constraint
alter table "members" rename constraint "users_pkey" to "members_pkey";
