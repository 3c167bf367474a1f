-- An account's reach (phạm vi): the subtree of units a coordinator or a leader sees and acts on.
-- Null: the province (nearest PROVINCE-kind unit at or above) of the account's own unit; an account
-- with neither unit nor reach unit reaches every unit (a national coordinator or leader).
alter table account add column reach_unit_id uuid references org_unit (id);
create index account_reach_unit_idx on account (reach_unit_id);
