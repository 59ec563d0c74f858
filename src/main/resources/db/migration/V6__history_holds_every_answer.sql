-- A history row holds a response as JSON: comment, evidence and action of up to 20,000 characters each, and
-- responsible and timescale of up to 1,000, in which every quote, backslash, tab and line break is written as two
-- characters. That is up to about 125,000 characters, more than the 100,000 the columns had.
alter table response_change alter column old_value set data type varchar(400000);
alter table response_change alter column new_value set data type varchar(400000);
