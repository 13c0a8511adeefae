/**
 * Synthetic MentorLens inputs: {@link dev.mentorlens.sampledata.SampleDataGenerator} writes a
 * complete, realistic input folder in the input format of docs/inputs.md (programmes, employees, yearly
 * job history, enrolments, matches, monthly session exports from 2025-01 to 2026-10 and two
 * survey waves) for any number of employees, byte for byte the same for the same seed. The data
 * carry a deliberate, documented sprinkling of bad rows and layout variations (BOM and CRLF,
 * reordered columns, an unknown extra column, an identical duplicate) so that every reading rule
 * of the product is exercised; this package is plain Java with no Spring, keeps only compact
 * per-employee state and streams sessions and survey responses to disk day by day so that memory
 * stays bounded as the organisation grows.
 */
package dev.mentorlens.sampledata;
