/**
 * Reading the input sources (seven required, goals optional) into the database: RFC 4180 parsing
 * with physical line numbers, the bad-row rules of docs/inputs.md (field checks, references to
 * accepted rows, key repeats), the
 * rejects and duplicates kept beside the accepted rows, and the bookkeeping of which input files
 * (by sha256) the tables hold, so that unchanged files are not parsed again and an interrupted
 * ingest resumes where it stopped. On PostgreSQL the rows read are staged with COPY and the checks
 * across rows are decided per source in SQL ({@link dev.mentorlens.ingest.StagedSettlement}); the staged
 * rows let a source be judged again, without reading its files, when only a source it refers to changed, and
 * keep their verdicts when what their checks read of it did not ({@link dev.mentorlens.ingest.ReferenceFacts}).
 * On H2 they are decided per chunk ({@link dev.mentorlens.ingest.RowClassifier}).
 */
package dev.mentorlens.ingest;
