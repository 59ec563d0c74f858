-- One row that a node locks (select ... for update) while it does the first-start work: creating the first admin and
-- loading the samples into an empty database. Nodes starting together on one database take turns, and the second
-- finds the work done.
create table first_start_lock (
    name varchar(40) primary key
);
insert into first_start_lock (name) values ('first-start');
