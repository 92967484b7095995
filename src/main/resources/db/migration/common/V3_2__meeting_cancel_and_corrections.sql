-- Cancelled meetings (aflyst) keep their state with a date and reason; a published agenda's later changes
-- (corrections, supplementary agendas) are dated; agenda rows remember whether they went out.
alter table meeting add column cancelled_at timestamp with time zone;
alter table meeting add column cancel_reason varchar(500);
alter table meeting add column agenda_changed_at timestamp with time zone;
alter table meeting_aud add column cancelled_at timestamp with time zone;
alter table meeting_aud add column cancel_reason varchar(500);
alter table meeting_aud add column agenda_changed_at timestamp with time zone;

alter table agenda_row add column published boolean default false not null;
alter table agenda_row_aud add column published boolean;
-- Rows of agendas that are already out went out with them.
update agenda_row set published = true
 where meeting_id in (select id from meeting where state <> 'PLANLAGT');
