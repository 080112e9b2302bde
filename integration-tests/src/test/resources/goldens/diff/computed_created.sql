-- [create-table] Table order_lines is created

-- create-table
create table "order_lines" ("id" integer not null, "quantity" integer not null, "unit_price" numeric not null, "total" numeric generated always as (quantity * unit_price) stored not null, "version" bigint not null default 0, constraint "order_lines_pkey" primary key ("id"));
