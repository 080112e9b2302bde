create table "Extra" (id integer);
select * from nowhere;
