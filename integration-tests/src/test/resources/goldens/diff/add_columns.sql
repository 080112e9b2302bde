-- [add-column] Column users.age is added
-- [add-required-column] Required column users.city is added without a default; it fails when the table has rows (data-dependent)
-- [add-column] Column users.joined is added
-- [add-column] Column users.logins is added

-- add-column
alter table "users" add "age" integer null;

-- add-required-column
alter table "users" add "city" text not null;

-- add-column
alter table "users" add "joined" timestamp with time zone not null default current_timestamp;

-- add-column
alter table "users" add "logins" integer not null default 0;
