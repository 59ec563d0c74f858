-- A participant's optional profile, so that the trainer and the report can show results per group (issue 15).
-- Codes as sent in the API (woman, under-30, civil-society, …); null when not given.

alter table participant add column gender varchar(30);
alter table participant add column age_band varchar(30);
alter table participant add column sector varchar(30);
