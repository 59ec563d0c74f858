-- Every assessment now belongs to a city (V9_1 linked the existing ones).
alter table assessment alter column city_id set not null;
create index assessment_city_id on assessment (city_id, assessment_year);
