-- Who is behind a dormant pair or a bridge, as the employee table said when the period was computed,
-- so that a programme manager knows whom to contact and a workbook rendered again later shows the same.
alter table dormant_pair add column matched_on date;
alter table dormant_pair add column mentor_department varchar;
alter table dormant_pair add column mentor_job_level integer;
alter table dormant_pair add column mentor_manager_id varchar;
alter table dormant_pair add column mentee_department varchar;
alter table dormant_pair add column mentee_job_level integer;
alter table dormant_pair add column mentee_manager_id varchar;

alter table network_bridge add column department varchar;
alter table network_bridge add column job_level integer;
alter table network_bridge add column manager_id varchar;
