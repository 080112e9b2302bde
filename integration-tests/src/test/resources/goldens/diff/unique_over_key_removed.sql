-- [drop-unique] Unique webhooks_id_key is dropped

-- drop-unique
drop index "webhooks_id_key";
