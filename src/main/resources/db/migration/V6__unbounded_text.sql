-- The input bounds cover identifiers and comments, but not the other free text of the inputs, and
-- allow any number of attendees: no accepted value may fail an insert. Free text columns lose their
-- length limit, and a session's attendees live only in session_attendee (one row each).
alter table programme alter column name set data type varchar;
alter table programme alter column owner_email set data type varchar;
alter table employee alter column department set data type varchar;
alter table employee alter column location set data type varchar;
alter table employee alter column manager_id set data type varchar;
alter table enrolment alter column exit_reason set data type varchar;
alter table mentoring_session drop column attendee_ids;
