package dev.mentorlens.web;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

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
 * never leaves the run's folder; each one is written to the audit log. A user limited to some programmes
 * gets only their programmes' files: any other is a 404, as if it had not been published.
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
    FilesJson list(@PathVariable long id, Principal user) {
        return files(id, user).map(files -> new FilesJson(id, files.folder().toString(), files.list()))
                .orElseGet(() -> new FilesJson(id, null, List.of()));
    }

    @GetMapping("/{*path}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String path, Principal user) {
        String requested = path.startsWith("/") ? path.substring(1) : path;
        Path file = files(id, user).flatMap(files -> files.find(requested))
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

    /** The run's files the user may see; a run outside the user's programmes is a 404. */
    private Optional<RunFiles> files(long id, Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        RunView run = runs.view(id).filter(access::sees)
                .orElseThrow(() -> ApiException.notFound("There is no run " + id + "."));
        return RunFiles.of(run).map(files -> files.limitedTo(path -> access.seesFile(run, path)));
    }
}
