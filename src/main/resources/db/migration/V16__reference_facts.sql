-- What the checks of other sources read of a source's accepted rows (employees: id and termination date;
-- programmes and matches: their ids), as a digest taken when a dependent is settled; null until then and
-- again once the source's rows change. And per source, the digests of the sources it refers to that its
-- rows were last judged against: when a new export changes none of those facts, the staged records of a
-- dependent keep their verdicts instead of being judged again (PostgreSQL; H2 does not stage).
alter table ingest_source add column fact_digest varchar(32);
alter table ingest_source add column judged_against varchar(400);
