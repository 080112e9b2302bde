-- [drop-check] Check products_price_check is dropped
-- [drop-check] Check products_sale_below_price is dropped
-- [drop-check] Check products_stock_check is dropped
-- [add-required-column] Required column products.name is added without a default; it fails when the table has rows (data-dependent)
-- [add-check] Check products_name_check (name <> '') is added; rows that break it make it fail (data-dependent)
-- [add-check] Check products_price_check (price >= 0) is added; rows that break it make it fail (data-dependent)
-- [add-check] Check products_sale_below_price (sale_price is null or sale_price < price) is added; rows that break it make it fail (data-dependent)

-- drop-check
alter table "products" drop constraint "products_price_check";

-- drop-check
alter table "products" drop constraint "products_sale_below_price";

-- drop-check
alter table "products" drop constraint "products_stock_check";

-- add-required-column
alter table "products" add "name" text not null;

-- add-check
alter table "products" add constraint "products_name_check" check (name <> '');

-- add-check
alter table "products" add constraint "products_price_check" check (price >= 0);

-- add-check
alter table "products" add constraint "products_sale_below_price" check (sale_price is null or sale_price < price);
