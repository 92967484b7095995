-- One version store for minutes: the approved and corrected minutes are frozen by the publishing module as
-- document_version rows (kind MINUTES, numbered together with the agenda's versions). The minutes module's own copy
-- (V3_5) duplicated them with a second numbering; it goes. Every approval and correction since V3_8 has its
-- document_version, so nothing readable is lost.
drop table minutes_version_item;
drop table minutes_version;
