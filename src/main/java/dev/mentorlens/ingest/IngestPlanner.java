package dev.mentorlens.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides, per source, what the ingest steps must parse, by comparing the input files (name and
 * sha256) and their context (referenced sources, reporting zone) with what the tables hold:
 * <ul>
 * <li>same files, same context: nothing to parse (or resume the files this job left pending);</li>
 * <li>same context, new files after the known ones: parse only the new files;</li>
 * <li>where records are staged (PostgreSQL), only the referenced sources changed: mark the known files staged,
 * for the step to judge their records again without reading them unless what its checks read of the referenced
 * sources is unchanged ({@link StagedSettlement}), and parse only the new files;</li>
 * <li>anything else: empty the source and parse all of its files again.</li>
 * </ul>
 * Runs in one transaction, so a crash leaves the previous plan intact; only on a database without staging
 * (H2), whose transactions keep their undo in memory, a source to empty is emptied beforehand in bounded
 * transactions of their own, its bookkeeping dropped first, so a crash half-way leaves a source that the next
 * plan empties and parses again.
 */
final class IngestPlanner {

    /** Rows deleted per transaction when a source is emptied in bounded transactions. */
    static final int DELETE_BATCH = 10_000;

    private final JdbcTemplate jdbc;
    private final boolean staged;
    private final TransactionTemplate ownTransaction;

    IngestPlanner(JdbcTemplate jdbc, boolean staged, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.staged = staged;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Plans the ingest of {@code input} read in {@code zone}, for the run identified by {@code instanceId}.
     *
     * @return the input files earlier runs read that are gone from the folder
     */
    List<String> plan(Path input, String zone, long instanceId) {
        InputFolder folder = new InputFolder(input);
        Map<Source, List<InputFolder.InputFile>> filesBySource = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            filesBySource.put(source, folder.filesOf(source));
        }
        Map<Source, String> stateHashes = new EnumMap<>(Source.class);
        List<String> removed = new ArrayList<>();
        for (Source source : Source.values()) {
            String context = contextHash(source, zone);
            String upstream = upstreamHash(source, stateHashes);
            List<InputFolder.InputFile> files = filesBySource.get(source);
            stateHashes.put(source, hash(context, upstream, files.toString()));
            removed.addAll(removedFiles(source, files));
            plan(source, new StoredSource(context, upstream, instanceId), files);
        }
        return removed;
    }

    /** What the field rules of a source's rows depend on besides their files: the reporting zone, if any. */
    private static String contextHash(Source source, String zone) {
        StringBuilder context = new StringBuilder(source.id()).append("|fields");
        if (source.dependsOnZone()) {
            context.append("|zone=").append(zone);
        }
        return hash(context.toString());
    }

    /** What the references and keys of a source's rows are judged against: the state of the sources before it. */
    private static String upstreamHash(Source source, Map<Source, String> stateHashes) {
        StringBuilder context = new StringBuilder(source.id());
        for (Source upstream : source.references()) {
            context.append('|').append(upstream.id()).append('=').append(stateHashes.get(upstream));
        }
        return hash(context.toString());
    }

    /** The files the tables hold for the source that are no longer in the input folder. */
    private List<String> removedFiles(Source source, List<InputFolder.InputFile> files) {
        Set<String> present = files.stream().map(InputFolder.InputFile::name).collect(Collectors.toSet());
        return jdbc.queryForList("select file_name from ingest_file where source = ? order by position", String.class,
                source.id()).stream().filter(name -> !present.contains(name)).toList();
    }

    private void plan(Source source, StoredSource wanted, List<InputFolder.InputFile> files) {
        long instanceId = wanted.ownerInstanceId();
        List<StoredFile> stored = jdbc.query(
                "select file_name, sha256, status from ingest_file where source = ? order by position",
                (rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3)), source.id());
        List<StoredSource> state = jdbc.query(
                "select context_hash, upstream_hash, owner_instance_id from ingest_source where source = ?",
                (rs, i) -> new StoredSource(rs.getString(1), rs.getString(2), rs.getLong(3)), source.id());
        boolean sameContext = !state.isEmpty() && state.get(0).contextHash().equals(wanted.contextHash());
        boolean sameUpstream = sameContext && wanted.upstreamHash().equals(state.get(0).upstreamHash());
        boolean anyPending = stored.stream().anyMatch(f -> f.status().equals(IngestFiles.PENDING));
        boolean ownPending = anyPending && state.get(0).ownerInstanceId() == instanceId;
        boolean knownFilesFirst = isPrefix(stored, files);

        if (sameUpstream && knownFilesFirst && (!anyPending || ownPending && stored.size() == files.size())) {
            appendPending(source, stored.size(), files, instanceId);
            return;
        }
        if (staged && sameContext && knownFilesFirst && !anyPending) {
            // the step keeps or empties their verdicts when it settles, once the facts it refers to are known
            jdbc.update("update ingest_file set status = ? where source = ?", IngestFiles.STAGED, source.id());
            jdbc.update("update ingest_source set upstream_hash = ? where source = ?", wanted.upstreamHash(),
                    source.id());
            setOwner(source, instanceId);
            appendPending(source, stored.size(), files, instanceId);
            return;
        }
        reset(source);
        jdbc.update("insert into ingest_source (source, context_hash, upstream_hash, owner_instance_id)"
                + " values (?, ?, ?, ?)", source.id(), wanted.contextHash(), wanted.upstreamHash(), instanceId);
        for (int i = 0; i < files.size(); i++) {
            insertPending(source, i, files.get(i));
        }
    }

    private void appendPending(Source source, int known, List<InputFolder.InputFile> files, long instanceId) {
        for (int i = known; i < files.size(); i++) {
            insertPending(source, i, files.get(i));
        }
        if (known < files.size()) {
            setOwner(source, instanceId);
        }
    }

    private void reset(Source source) {
        if (!staged) {
            emptyInBoundedTransactions(source);
        }
        JudgedRows.empty(jdbc, source, staged);
        JudgedRows.emptyTable(jdbc, source.stageTable(), staged);
        if (source == Source.SESSIONS) {
            JudgedRows.emptyTable(jdbc, "stage_session_attendee", staged);
        }
        jdbc.update("delete from ingest_warning where source = ?", source.id());
        jdbc.update("delete from ingest_file where source = ?", source.id());
        jdbc.update("delete from ingest_source where source = ?", source.id());
    }

    private void emptyInBoundedTransactions(Source source) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.update("delete from ingest_source where source = ?", source.id());
            jdbc.update("delete from ingest_file where source = ?", source.id());
        });
        if (source == Source.SESSIONS) {
            deleteInBatches("delete from session_attendee");
        }
        deleteInBatches("delete from " + source.table());
        for (String table : List.of("ingest_reject", "ingest_duplicate", "ingest_warning")) {
            deleteInBatches("delete from " + table + " where source = ?", source.id());
        }
    }

    private void deleteInBatches(String delete, Object... args) {
        String bounded = delete + " fetch first " + DELETE_BATCH + " rows only";
        Integer deleted;
        do {
            deleted = ownTransaction.execute(status -> jdbc.update(bounded, args));
        } while (deleted != null && deleted == DELETE_BATCH);
    }

    private void insertPending(Source source, int position, InputFolder.InputFile file) {
        jdbc.update("insert into ingest_file (source, position, file_name, sha256, status) values (?, ?, ?, ?, ?)",
                source.id(), position, file.name(), file.sha256(), IngestFiles.PENDING);
    }

    private void setOwner(Source source, long instanceId) {
        jdbc.update("update ingest_source set owner_instance_id = ? where source = ?", instanceId, source.id());
    }

    private static boolean isPrefix(List<StoredFile> stored, List<InputFolder.InputFile> files) {
        if (stored.size() > files.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (!stored.get(i).name().equals(files.get(i).name()) || !stored.get(i).sha256().equals(files.get(i).sha256())) {
                return false;
            }
        }
        return true;
    }

    private static String hash(String... parts) {
        MessageDigest digest = RowChecker.sha256();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record StoredFile(String name, String sha256, String status) {
    }

    private record StoredSource(String contextHash, String upstreamHash, long ownerInstanceId) {
    }
}
