-- [drop-expression] Column order_lines.bulk stops being computed and keeps its values
-- [drop-expression] Column order_lines.doubled stops being computed and keeps its values
-- [add-required-column] Required column order_lines.note is added without a default; it fails when the table has rows (data-dependent)
-- [add-column] Column order_lines.version is added
-- [make-computed-column] Column order_lines.discount becomes computed (unit_price * 0.1); its stored values are replaced (destructive)
-- [add-computed-column] Computed column order_lines.shout is added (upper(note))
-- [change-computed-column] Computed column order_lines.total is made again with the expression quantity * unit_price - 1

-- drop-expression
alter table "order_lines" alter column "bulk" drop expression;

-- drop-expression
alter table "order_lines" alter column "doubled" drop expression;

-- add-required-column
alter table "order_lines" add "note" text not null;

-- add-column
alter table "order_lines" add "version" integer not null default 0;

-- make-computed-column
alter table "order_lines" drop "discount";
alter table "order_lines" add "discount" numeric generated always as (unit_price * 0.1) stored null;

-- add-computed-column
alter table "order_lines" add "shout" text generated always as (upper(note)) stored not null;

-- change-computed-column
alter table "order_lines" drop "total";
alter table "order_lines" add "total" numeric generated always as (quantity * unit_price - 1) stored not null;
