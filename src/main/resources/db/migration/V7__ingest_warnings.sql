-- Rows that were read but look suspicious, for the run summary and the workbook's Data quality sheet:
-- today a quoted field spanning many physical lines (an unclosed quote can swallow the rows after it).
-- Written in the chunk transaction that reads the row, and emptied with its source when the source is
-- ingested again, like ingest_reject.
create table ingest_warning (
    source      varchar(32)   not null,
    source_file varchar(400)  not null,
    source_line integer       not null,
    message     varchar(2000) not null,
    primary key (source, source_file, source_line)
);
