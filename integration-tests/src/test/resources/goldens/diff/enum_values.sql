-- [rename-enum] Enum role is renamed to account_role
-- [add-enum-value] Enum account_role gains the value OWNER
-- [rename-enum-value] Enum value account_role.ADMIN is renamed to administrator
-- [drop-enum-value] Enum account_role loses the value(s) GUEST; rows holding them make the migration fail (data-dependent)

-- rename-enum
alter type "role" rename to "account_role";

-- add-enum-value
alter type "account_role" add value if not exists 'OWNER';

-- rename-enum-value
alter type "account_role" rename value 'ADMIN' to 'administrator';

-- drop-enum-value
alter type "account_role" rename to "role_old";
create type "account_role" as enum ('USER', 'administrator', 'OWNER');
alter table "accounts" alter column "role" type "account_role" using "role"::text::"account_role";
alter table "accounts" alter column "roles" type "account_role"[] using "roles"::text[]::"account_role"[];
drop type "role_old";
