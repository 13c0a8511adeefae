package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates come from HR's folder when one is set, else from inside the jar; the check renders nothing. */
class ReportTemplatesTests {

    @TempDir
    Path temp;

    @Test
    void usesTheTemplatesInsideTheJarWhenNoFolderIsSet() throws Exception {
        ReportTemplates templates = new ReportTemplates(new ReportSettings(null));

        for (String file : ReportTemplates.NAMES.keySet()) {
            assertThat(templates.read(file)).as(file)
                    .isEqualTo(Files.readAllBytes(ProgrammeWorkbookTests.TEMPLATE_FOLDER.resolve(file)));
        }
        assertThat(templates.location()).isEqualTo("the templates inside the MentorLens jar");
        templates.check();
    }

    @Test
    void usesTheConfiguredFolderWhenOneIsSet() throws Exception {
        Path restyled = copyOfTheShippedTemplates();
        Files.write(restyled.resolve(ComparisonWorkbook.TEMPLATE), new byte[] {1, 2, 3});

        ReportTemplates templates = new ReportTemplates(new ReportSettings(restyled.toString()));

        assertThat(templates.read(ComparisonWorkbook.TEMPLATE)).containsExactly(1, 2, 3);
        assertThat(templates.location()).isEqualTo(restyled.toAbsolutePath().toString());
    }

    @Test
    void passesOnTheShippedTemplates() {
        ReportTemplates.folder(ProgrammeWorkbookTests.TEMPLATE_FOLDER).check();
        ReportTemplates.bundled().check();
    }

    @Test
    void namesAMissingFolderInOneSentence() {
        Path missing = temp.resolve("restyled");

        assertThatThrownBy(() -> ReportTemplates.folder(missing).check())
                .isInstanceOf(ReportTemplateException.class)
                .hasMessageStartingWith("Report template folder " + missing.toAbsolutePath()
                        + " (mentorlens.report.templates) does not exist;")
                .hasMessageNotContaining("\n");
    }

    @Test
    void namesAMissingTemplateOfTheFolder() throws Exception {
        Path restyled = copyOfTheShippedTemplates();
        Files.delete(restyled.resolve(OrganisationWorkbook.TEMPLATE));

        assertThatThrownBy(() -> ReportTemplates.folder(restyled).check())
                .isInstanceOf(ReportTemplateException.class)
                .hasMessageStartingWith("Report template " + restyled.resolve(OrganisationWorkbook.TEMPLATE)
                        .toAbsolutePath() + " is missing;");
    }

    @Test
    void namesABrokenTemplate() throws Exception {
        Path restyled = copyOfTheShippedTemplates();
        Files.writeString(restyled.resolve(ComparisonWorkbook.TEMPLATE), "not a workbook");

        assertThatThrownBy(() -> ReportTemplates.folder(restyled).check())
                .isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("comparison.xlsx is not a readable .xlsx workbook");
    }

    @Test
    void namesTheNameARestyledTemplateLost() throws Exception {
        Path restyled = copyOfTheShippedTemplates();
        removeName(restyled.resolve(ProgrammeWorkbook.TEMPLATE), "quality_table");

        assertThatThrownBy(() -> ReportTemplates.folder(restyled).check())
                .isInstanceOf(ReportTemplateException.class)
                .hasMessage("Report template programme.xlsx has no named cell 'quality_table'; see"
                        + " report-templates/README.md for the names that must stay.");
    }

    @Test
    void checksATemplateAgainOnceItsBytesChange() throws Exception {
        Path restyled = copyOfTheShippedTemplates();
        ReportTemplates templates = ReportTemplates.folder(restyled);
        templates.check();
        templates.check();

        removeName(restyled.resolve(ProgrammeWorkbook.TEMPLATE), "quality_table");

        assertThatThrownBy(templates::check)
                .isInstanceOf(ReportTemplateException.class)
                .hasMessage("Report template programme.xlsx has no named cell 'quality_table'; see"
                        + " report-templates/README.md for the names that must stay.");
    }

    @Test
    void keepsFailingABrokenTemplateOnEveryCheck() throws Exception {
        Path restyled = copyOfTheShippedTemplates();
        Files.writeString(restyled.resolve(ComparisonWorkbook.TEMPLATE), "not a workbook");
        ReportTemplates templates = ReportTemplates.folder(restyled);

        for (int check = 0; check < 2; check++) {
            assertThatThrownBy(templates::check)
                    .isInstanceOf(ReportTemplateException.class)
                    .hasMessageContaining("comparison.xlsx is not a readable .xlsx workbook");
        }
    }

    @Test
    void checksEveryNameTheShippedTemplatesDefine() throws Exception {
        for (String file : ReportTemplates.NAMES.keySet()) {
            List<String> defined = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(
                    Files.newInputStream(ProgrammeWorkbookTests.TEMPLATE_FOLDER.resolve(file)))) {
                for (Name name : workbook.getAllNames()) {
                    if (!name.getNameName().startsWith("_xlnm")) {
                        defined.add(name.getNameName());
                    }
                }
            }
            assertThat(defined).as(file).containsExactlyInAnyOrderElementsOf(ReportTemplates.NAMES.get(file));
        }
    }

    private static void removeName(Path template, String name) throws Exception {
        Path edited = template.resolveSibling("edited.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            workbook.removeName(workbook.getName(name));
            try (OutputStream out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }
        Files.move(edited, template, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path copyOfTheShippedTemplates() throws Exception {
        Path restyled = Files.createDirectories(temp.resolve("restyled"));
        for (String file : ReportTemplates.NAMES.keySet()) {
            Files.copy(ProgrammeWorkbookTests.TEMPLATE_FOLDER.resolve(file), restyled.resolve(file));
        }
        return restyled;
    }
}
