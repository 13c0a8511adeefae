package dev.mentorlens.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * What the monthly workbooks depend on besides the stored results: the bytes of their templates and the
 * targets of "At a glance". Its fingerprint changes when either does, so that a run never takes over
 * workbooks rendered with other templates or targets.
 */
@Component
public class RenderingSettings {

    private static final List<String> MONTHLY_TEMPLATES = List.of(ProgrammeWorkbook.TEMPLATE,
            OrganisationWorkbook.TEMPLATE);

    private final ReportTemplates templates;
    private final TargetSettings targets;

    RenderingSettings(ReportTemplates templates, TargetSettings targets) {
        this.templates = templates;
        this.targets = targets;
    }

    /** One SHA-256 over the monthly templates' bytes and the targets, defaults and per programme. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String template : MONTHLY_TEMPLATES) {
                digest.update((template + '\n').getBytes(StandardCharsets.UTF_8));
                digest.update(MessageDigest.getInstance("SHA-256").digest(templates.read(template)));
            }
            // the programmes' map is unordered: sorted, the same targets give the same text in every process
            String targetsText = "defaults=" + targets.defaults() + "\nprogrammes="
                    + new TreeMap<>(targets.programmes());
            digest.update(targetsText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256.", e);
        }
    }
}
