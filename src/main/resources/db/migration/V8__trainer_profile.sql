-- How a trainer is named on the reports they prepare: a display name and an organisation, both optional
-- (a report falls back to the username).
alter table trainer_account add column display_name varchar(200);
alter table trainer_account add column organisation varchar(200);
