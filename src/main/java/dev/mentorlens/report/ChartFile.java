package dev.mentorlens.report;

/** A rendered chart: where it goes in the workbook (a named anchor cell), its file name, PNG bytes and size in pixels. */
record ChartFile(String anchor, String fileName, byte[] png, int width, int height) {
}
