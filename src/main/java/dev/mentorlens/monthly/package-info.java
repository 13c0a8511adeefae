/**
 * The monthly report job: ingest of the input folder, the checks that decide whether a period can
 * be published, and the atomic publication of the period's output folder with its manifest.
 */
package dev.mentorlens.monthly;
