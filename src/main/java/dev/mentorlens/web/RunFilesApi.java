package dev.mentorlens.web;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;

import dev.mentorlens.runs.RunFiles;
import dev.mentorlens.runs.RunFiles.RunFile;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.runs.Runs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files a run published, listed and downloaded. A download is found among the listed files only, so it
 * never leaves the run's folder; each one is written to the audit log.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/runs/{id}/files")
class RunFilesApi {

    private final Runs runs;
    private final AuditLog audit;

    RunFilesApi(Runs runs, AuditLog audit) {
        this.runs = runs;
        this.audit = audit;
    }

    /** The run's folder as published now and its files; a later rerun of the period replaces them. */
    record FilesJson(long run, String folder, List<RunFile> files) {
    }

    @GetMapping
    FilesJson list(@PathVariable long id) {
        RunView run = run(id);
        return RunFiles.of(run).map(files -> new FilesJson(id, files.folder().toString(), files.list()))
                .orElseGet(() -> new FilesJson(id, null, List.of()));
    }

    @GetMapping("/{*path}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String path, Principal user) {
        String requested = path.startsWith("/") ? path.substring(1) : path;
        Path file = RunFiles.of(run(id)).flatMap(files -> files.find(requested))
                .orElseThrow(() -> ApiException.notFound("Run " + id + " published no file '" + requested
                        + "'; GET /api/runs/" + id + "/files lists its files."));
        audit.record(user, "download", "run " + id, requested);
        return ResponseEntity.ok()
                .contentType(MediaTypeFactory.getMediaType(file.getFileName().toString())
                        .orElse(MediaType.APPLICATION_OCTET_STREAM))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }

    private RunView run(long id) {
        return runs.view(id).orElseThrow(() -> ApiException.notFound("There is no run " + id + "."));
    }
}
