-- [add-unique] Unique Note_code_key [code] is added as a unique index; duplicate values make it fail (data-dependent)

-- add-unique
create unique index "Note_code_key" on "Note"("code" asc);
