package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cityscore.system.Savepoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published scorecard versions in the database (table {@code scorecard_version}), shared by every node: one row
 * per id and version, its text kept once in {@code scorecard_snapshot}, where assessments find it too.
 */
@Component
class ScorecardVersions {

    static final String FILE = "file";
    static final String UPLOAD = "upload";

    /** One published version as the catalogue lists it; the text is fetched by its hash only when not yet known. */
    record Row(String id, String version, String sha256, String fileName, boolean retired) {}

    /** What seeding one file did. */
    enum Seeded {
        ADDED,
        UNCHANGED,
        /** The file's text differs from the stored one at the same version: the file wins. */
        REPLACED,
        /** Stored by an upload, not from a file: a file of the same id and version does not replace it. */
        KEPT
    }

    private record Stored(long id, long snapshotId, String origin) {}

    /**
     * One version as the history of a scorecard shows it: where it came from, who added it (on the admin's page, not
     * in the public API) and when.
     */
    record History(
            String version,
            String origin,
            String fileName,
            @JsonIgnore String addedBy,
            Instant addedAt,
            boolean retired) {}

    private final JdbcClient jdbc;
    private final Savepoint savepoint;

    ScorecardVersions(JdbcClient jdbc, Savepoint savepoint) {
        this.jdbc = jdbc;
        this.savepoint = savepoint;
    }

    List<Row> rows() {
        return jdbc.sql("""
                        select v.scorecard_id, v.version, s.sha256, v.file_name, v.retired
                        from scorecard_version v join scorecard_snapshot s on s.id = v.snapshot_id
                        order by v.id""")
                .query((rs, n) ->
                        new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    Optional<String> text(String sha256) {
        return jdbc.sql("select content from scorecard_snapshot where sha256 = ?")
                .param(sha256)
                .query(String.class)
                .optional();
    }

    /**
     * Adds a scorecard read from a file unless its id and version are stored already. Safe when several nodes seed
     * at once: the unique keys decide, and the loser of a race reads what the winner stored.
     */
    Seeded seedFromFile(ScorecardDefinition definition, String fileName, String text, Instant now) {
        long snapshot = snapshotId(text);
        Optional<Stored> stored = stored(definition);
        if (stored.isEmpty()) {
            try {
                savepoint.attempt(() -> jdbc.sql("""
                                insert into scorecard_version (scorecard_id, version, snapshot_id, origin, file_name,
                                    added_at, changed_at)
                                values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                definition.id(),
                                definition.version(),
                                snapshot,
                                FILE,
                                fileName,
                                Timestamp.from(now),
                                Timestamp.from(now))
                        .update());
                return Seeded.ADDED;
            } catch (DuplicateKeyException addedMeanwhile) {
                stored = stored(definition);
            }
        }
        Stored row = stored.orElseThrow();
        if (row.snapshotId() == snapshot) {
            return Seeded.UNCHANGED;
        }
        if (!FILE.equals(row.origin())) {
            return Seeded.KEPT;
        }
        jdbc.sql("update scorecard_version set snapshot_id = ?, file_name = ?, changed_at = ? where id = ?")
                .params(snapshot, fileName, Timestamp.from(now), row.id())
                .update();
        return Seeded.REPLACED;
    }

    /**
     * Adds an uploaded version; false when the id and version are stored already (another upload won a race). The
     * caller's transaction holds the snapshot and the row together: both or neither.
     */
    boolean addUpload(ScorecardDefinition definition, String fileName, String text, String addedBy, Instant now) {
        long snapshot = snapshotId(text);
        try {
            savepoint.attempt(() -> jdbc.sql("""
                            insert into scorecard_version (scorecard_id, version, snapshot_id, origin, file_name,
                                added_by, added_at, changed_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            definition.id(),
                            definition.version(),
                            snapshot,
                            UPLOAD,
                            fileName,
                            addedBy,
                            Timestamp.from(now),
                            Timestamp.from(now))
                    .update());
            return true;
        } catch (DuplicateKeyException addedMeanwhile) {
            return false;
        }
    }

    /** Every stored version of a scorecard, retired ones included. */
    List<String> versionsOf(String id) {
        return jdbc.sql("select version from scorecard_version where scorecard_id = ?")
                .param(id)
                .query(String.class)
                .list();
    }

    /** Retires (or restores) every version of a scorecard; the number of versions changed, 0 for an unknown id. */
    int setRetired(String id, boolean retired, Instant now) {
        return jdbc.sql("update scorecard_version set retired = ?, changed_at = ? where scorecard_id = ?")
                .params(retired, Timestamp.from(now), id)
                .update();
    }

    /** The versions of a scorecard, oldest first as added. */
    List<History> history(String id) {
        return jdbc.sql("""
                        select version, origin, file_name, added_by, added_at, retired
                        from scorecard_version where scorecard_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new History(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .list();
    }

    private Optional<Stored> stored(ScorecardDefinition definition) {
        return jdbc.sql("select id, snapshot_id, origin from scorecard_version where scorecard_id = ? and version = ?")
                .params(definition.id(), definition.version())
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    /** The stored copy of a text, found by its SHA-256 as assessments find theirs, added when new. */
    private long snapshotId(String content) {
        String hash = sha256(content);
        Optional<Long> existing = snapshotWithHash(hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            savepoint.attempt(() -> jdbc.sql("insert into scorecard_snapshot (sha256, content) values (?, ?)")
                    .params(hash, content)
                    .update());
        } catch (DuplicateKeyException storedMeanwhile) {
            // another node stored the same text first
        }
        return snapshotWithHash(hash).orElseThrow();
    }

    private Optional<Long> snapshotWithHash(String hash) {
        return jdbc.sql("select id from scorecard_snapshot where sha256 = ?")
                .param(hash)
                .query(Long.class)
                .optional();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
