-- Assessment archives imported into this server (issue 16), by the archive's id: the same archive is imported once.
-- Deleting the imported assessment forgets the import. Written for H2 (the default) and PostgreSQL alike.
create table imported_archive (
    archive_id    varchar(100) primary key,
    assessment_id bigint       not null references assessment (id) on delete cascade,
    imported_at   timestamp with time zone not null
);
