-- [drop-view] Materialized view order_notes is dropped (to be created again)
-- [drop-view] View order_counts is dropped
-- [drop-view] View big_customers is dropped (to be created again)
-- [drop-view] View customer_spends is dropped (to be created again)
-- [alter-column-type] Column orders.total changes type from numeric to bigint; values that do not fit are lost or fail (destructive)
-- [create-view] View customer_spends is created
-- [create-view] View big_customers is created
-- [create-view] Materialized view order_notes is created
-- [create-view] View positive_orders is created

-- drop-view
drop materialized view "order_notes";

-- drop-view
drop view "order_counts";

-- drop-view
drop view "big_customers";

-- drop-view
drop view "customer_spends";

-- alter-column-type
alter table "orders" alter column "total" type bigint using "total"::bigint;

-- create-view
create view "customer_spends" as select customer_id, sum(total) as spent from orders group by customer_id;

-- create-view
create view "big_customers" as select customer_id from customer_spends where spent > 100;

-- create-view
create materialized view "order_notes" as select id, note from orders;
create unique index "order_notes_pkey" on "order_notes"("id" asc);

-- create-view
create view "positive_orders" as select id from orders where total > 0;
