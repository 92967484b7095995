-- Standing items (Godkendelse af dagsorden og referat first, Eventuelt last) created by agenda assembly keep their
-- place: FIRST or LAST, null for every other item.
alter table agenda_item add column standing varchar(40);
alter table agenda_item_aud add column standing varchar(40);
