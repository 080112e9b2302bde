-- [create-table] Table orders is created
-- [create-view] View customer_spends is created
-- [create-view] View big_customers is created
-- [create-view] Materialized view order_notes is created

-- create-table
create table "orders" ("id" integer not null, "customer_id" integer not null, "total" numeric not null, "note" text not null, constraint "orders_pkey" primary key ("id"));

-- create-view
create view "customer_spends" as select customer_id, sum(total) as spent from orders group by customer_id;

-- create-view
create view "big_customers" as select customer_id from customer_spends where spent > 100;

-- create-view
create materialized view "order_notes" as select id, note from orders;
create unique index "order_notes_pkey" on "order_notes"("id" asc);
