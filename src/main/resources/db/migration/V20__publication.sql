-- Published assessments (issue 18): a final assessment a trainer or admin of its city made public, who and when.
-- Only final assessments are shown: reopening one takes it off the public pages. Unpublishing deletes the row.
-- Written for H2 (the default) and PostgreSQL alike.
create table publication (
    assessment_id bigint       primary key references assessment (id) on delete cascade,
    published_at  timestamp with time zone not null,
    published_by  varchar(100) not null
);
