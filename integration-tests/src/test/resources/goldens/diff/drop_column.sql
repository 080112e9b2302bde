-- [drop-column] Column users.name is dropped with its values (destructive)

-- drop-column
alter table "users" drop "name";
