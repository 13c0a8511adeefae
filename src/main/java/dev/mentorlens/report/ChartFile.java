package dev.mentorlens.report;

/** A rendered chart: where it goes in the workbook (a named anchor cell), its file name and PNG bytes. */
record ChartFile(String anchor, String fileName, byte[] png) {
}
