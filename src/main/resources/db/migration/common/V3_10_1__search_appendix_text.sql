-- search: text extracted from appendix files (off the request thread), so reindexing never re-reads the files.
create table search_appendix_text (
    appendix_id bigint not null primary key,
    item_id bigint not null,
    status varchar(40) not null,
    content_text varchar(1000000),
    extracted_at timestamp with time zone not null
);
create index search_appendix_text_item on search_appendix_text (item_id);
