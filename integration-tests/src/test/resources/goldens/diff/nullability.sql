-- [drop-not-null] Column users.email becomes optional
-- [set-not-null] Column users.name becomes required; rows holding NULL make it fail (data-dependent)

-- drop-not-null
alter table "users" alter "email" drop not null;

-- set-not-null
alter table "users" alter "name" set not null;
