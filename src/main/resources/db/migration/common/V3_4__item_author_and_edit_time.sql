-- Who wrote an item (the user name of its creator), for the author's work list, and when its content was last
-- saved (every edit changes the row, so its version rises); audited like the rest of the row.
alter table agenda_item add column created_by varchar(100);
alter table agenda_item add column edited_at timestamp with time zone;
alter table agenda_item_aud add column created_by varchar(100);
alter table agenda_item_aud add column edited_at timestamp with time zone;
