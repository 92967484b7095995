-- notifications: members with an e-mail address get the committee's agendas, corrections and supplements.
-- (The column is the committees module's; it is added under the notifications number, which needs it.)
alter table committee_member add column email varchar(254);
alter table committee_member_aud add column email varchar(254);
