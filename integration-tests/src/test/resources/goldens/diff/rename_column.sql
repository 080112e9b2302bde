-- [rename-column] Column users.name is renamed to full_name

-- rename-column
alter table "users" rename column "name" to "full_name";
