-- People and roles (issue 14): every account has a role (admin, trainer, editor, viewer) and the cities it works in.
-- Every account made before roles existed was a trainer with access to everything: it becomes an admin, so nobody
-- loses access by upgrading. Written for H2 (the default) and PostgreSQL alike.
alter table trainer_account add column role varchar(10) default 'admin' not null;
-- new accounts are given their role: no default
alter table trainer_account alter column role drop default;
alter table trainer_account add column active boolean default true not null;
-- an invited person, or one whose password was reset, has none until they set it through their invitation
alter table trainer_account alter column password_hash drop not null;

-- the cities an account works in (an admin works in all, whatever is listed here)
create table account_city (
    username varchar(100) not null references trainer_account (username) on delete cascade,
    city_id  bigint       not null references city (id) on delete cascade,
    primary key (username, city_id)
);

create index account_city_city on account_city (city_id);

-- one-time links where a person sets their password; stored as the SHA-256 of the token (shown once, never stored)
create table invitation (
    token_hash varchar(64)  not null primary key,
    username   varchar(100) not null references trainer_account (username) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index invitation_username on invitation (username);
