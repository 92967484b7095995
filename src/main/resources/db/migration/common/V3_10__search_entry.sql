-- search: one row per item of a published meeting, holding what is searchable (plain text). Derived data, rebuilt
-- by the search module from the other modules' services; ids of other modules' rows, no foreign keys.
create table search_entry (
    item_id bigint not null primary key,
    committee_id bigint not null,
    committee_name varchar(200) not null,
    meeting_id bigint not null,
    meeting_date date not null,
    meeting_year integer not null,
    item_number integer not null,
    title varchar(1000) not null,
    case_number varchar(100),
    kle_group varchar(10),
    item_type varchar(40),
    outcome varchar(40),
    closed boolean not null,
    sections varchar(1000000),
    recommendation varchar(1000000),
    decision varchar(1000000),
    appendix_open varchar(1000000),
    appendix_closed varchar(1000000),
    indexed_at timestamp with time zone not null
);
create index search_entry_meeting on search_entry (meeting_id);
