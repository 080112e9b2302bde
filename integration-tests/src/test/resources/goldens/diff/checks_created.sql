-- [create-table] Table products is created

-- create-table
create table "products" ("id" integer not null, "price" numeric not null, "sale_price" numeric null, constraint "products_pkey" primary key ("id"), constraint "products_price_check" check (price > 0), constraint "products_sale_below_price" check (sale_price is null or sale_price < price));
