package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateBookTests {

    @TempDir
    Path temp;

    @Test
    void namesTheMissingTemplateInOneSentence() {
        assertThatThrownBy(() -> TemplateBook.open(ReportTemplates.folder(temp), "programme.xlsx"))
                .isInstanceOf(ReportTemplateException.class)
                .hasMessageStartingWith("Report template " + temp.resolve("programme.xlsx").toAbsolutePath()
                        + " is missing;")
                .hasMessageNotContaining("\n");
    }

    @Test
    void namesTheBrokenTemplate() throws Exception {
        Files.writeString(temp.resolve("organisation.xlsx"), "not a workbook");

        assertThatThrownBy(() -> TemplateBook.open(ReportTemplates.folder(temp), "organisation.xlsx"))
                .isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("organisation.xlsx is not a readable .xlsx workbook");
    }

    @Test
    void namesANamedCellTheTemplateLost() {
        try (TemplateBook book = TemplateBook.open(ProgrammeWorkbookTests.TEMPLATES, "comparison.xlsx")) {
            assertThatThrownBy(() -> book.cell("dormant_table"))
                    .isInstanceOf(ReportTemplateException.class)
                    .hasMessage("Report template comparison.xlsx has no named cell 'dormant_table'; see"
                            + " report-templates/README.md for the names that must stay.");
        }
    }
}
