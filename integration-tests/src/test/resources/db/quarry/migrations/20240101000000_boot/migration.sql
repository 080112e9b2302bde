-- [create-table] Table boot_notes is created

create table "boot_notes" ("id" integer not null, constraint "boot_notes_pkey" primary key ("id"));
