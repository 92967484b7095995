-- Search: a decision recorded before the minutes are approved, searchable only for staff and committee members.
alter table search_entry add column draft_decision varchar(1000000);
