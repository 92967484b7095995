-- Envers revisions: one row per committed change, with who made it.
create sequence revinfo_seq start with 1 increment by 50;

create table revinfo (
    id bigint not null primary key,
    timestamp bigint not null,
    username varchar(100)
);
