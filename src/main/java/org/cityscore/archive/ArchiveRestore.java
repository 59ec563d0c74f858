package org.cityscore.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.cityscore.archive.Archive.ArchivedAgreement;
import org.cityscore.archive.Archive.ArchivedAnswer;
import org.cityscore.archive.Archive.ArchivedAssessment;
import org.cityscore.archive.Archive.ArchivedChange;
import org.cityscore.archive.Archive.ArchivedGroup;
import org.cityscore.archive.Archive.ArchivedHistory;
import org.cityscore.archive.Archive.ArchivedParticipant;
import org.cityscore.archive.Archive.ArchivedResponse;
import org.cityscore.archive.Archive.ArchivedReviewComment;
import org.cityscore.archive.Archive.ArchivedWorkshop;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a checked {@link Archive} as a new assessment of a city, keeping every version, time and author; in the
 * caller's transaction. Participants get fresh token hashes (their tokens never leave a server), and a workshop
 * keeps its join code unless this server uses it already.
 */
@Component
class ArchiveRestore {

    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArchiveRestore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The assessment that imported this archive already, if any. */
    Optional<Long> importedAs(String archiveId) {
        return jdbc.sql("select assessment_id from imported_archive where archive_id = ?")
                .param(archiveId)
                .query(Long.class)
                .optional();
    }

    long restore(Archive archive, long cityId, Instant now) {
        long id = assessment(archive.assessment(), snapshotId(archive.scorecard()), cityId);
        archive.assessment().changes().forEach(change -> change(id, change));
        archive.responses().forEach(response -> response(id, response));
        archive.workshops().forEach(workshop -> workshop(id, workshop));
        archive.reviews().forEach(comment -> review(id, comment));
        jdbc.sql("insert into imported_archive (archive_id, assessment_id, imported_at) values (?, ?, ?)")
                .params(archive.manifest().archiveId(), id, Timestamp.from(now))
                .update();
        return id;
    }

    private void review(long assessmentId, ArchivedReviewComment comment) {
        jdbc.sql("""
                        insert into review_comment (assessment_id, review_round, indicator_code, comment, reviewer,
                            commented_at, reply, replied_by, replied_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        assessmentId,
                        comment.round(),
                        comment.indicatorCode(),
                        comment.comment(),
                        comment.reviewer(),
                        Timestamp.from(comment.commentedAt()),
                        comment.reply(),
                        comment.repliedBy(),
                        comment.repliedAt() == null ? null : Timestamp.from(comment.repliedAt()))
                .update();
    }

    private long assessment(ArchivedAssessment assessment, long snapshotId, long cityId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment (scorecard_id, scorecard_version, snapshot_id, city, city_id, country,
                            assessment_year, title, notes, status, illustrative, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        assessment.scorecardId(),
                        assessment.scorecardVersion(),
                        snapshotId,
                        assessment.city(),
                        cityId,
                        assessment.country(),
                        assessment.year(),
                        assessment.title(),
                        assessment.notes(),
                        assessment.status(),
                        Boolean.TRUE.equals(assessment.illustrative()),
                        Timestamp.from(assessment.createdAt()),
                        Timestamp.from(assessment.updatedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void change(long id, ArchivedChange change) {
        jdbc.sql("""
                        insert into assessment_change (assessment_id, changed_at, changed_by, action, field, old_value, new_value, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        Timestamp.from(change.changedAt()),
                        change.changedBy(),
                        change.action(),
                        change.field(),
                        change.oldValue(),
                        change.newValue(),
                        change.reason())
                .update();
    }

    private void response(long id, ArchivedResponse response) {
        var value = response.content();
        jdbc.sql("""
                        insert into response (assessment_id, indicator_code, level, measured_value, not_applicable, comment,
                            evidence, action, responsible, timescale, version, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        response.indicatorCode(),
                        value.level(),
                        value.value(),
                        value.notApplicable(),
                        value.comment(),
                        value.evidence(),
                        value.action(),
                        value.responsible(),
                        value.timescale(),
                        response.version(),
                        Timestamp.from(response.updatedAt()),
                        response.updatedBy())
                .update();
        for (ArchivedHistory entry : response.history()) {
            jdbc.sql("""
                            insert into response_change (assessment_id, indicator_code, version, changed_at, changed_by, old_value, new_value)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            response.indicatorCode(),
                            entry.version(),
                            Timestamp.from(entry.changedAt()),
                            entry.changedBy(),
                            entry.oldValue() == null ? null : json.writeValueAsString(entry.oldValue()),
                            json.writeValueAsString(entry.newValue()))
                    .update();
        }
    }

    private void workshop(long assessmentId, ArchivedWorkshop workshop) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into workshop (assessment_id, join_code, status, created_at, closed_at)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        assessmentId,
                        joinCode(workshop.joinCode()),
                        workshop.open() ? "open" : "closed",
                        Timestamp.from(workshop.createdAt()),
                        workshop.closedAt() == null ? null : Timestamp.from(workshop.closedAt()))
                .update(key, "id");
        long workshopId = key.getKey().longValue();
        Map<Integer, Long> groups = new HashMap<>();
        for (ArchivedGroup group : workshop.groups()) {
            KeyHolder groupKey = new GeneratedKeyHolder();
            jdbc.sql("insert into workshop_group (workshop_id, name, categories) values (?, ?, ?)")
                    .params(workshopId, group.name(), String.join("\n", group.categories()))
                    .update(groupKey, "id");
            groups.put(group.key(), groupKey.getKey().longValue());
        }
        workshop.participants().forEach(participant -> participant(workshopId, participant, groups));
        workshop.agreements().forEach(agreement -> agreement(workshopId, agreement));
    }

    private void participant(long workshopId, ArchivedParticipant participant, Map<Integer, Long> groups) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into participant (workshop_id, name, department, token_hash, joined_at, group_id, anonymous,
                            gender, age_band, sector)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        workshopId,
                        participant.name(),
                        participant.department(),
                        unusableTokenHash(),
                        Timestamp.from(participant.joinedAt()),
                        participant.group() == null ? null : groups.get(participant.group()),
                        Boolean.TRUE.equals(participant.anonymous()),
                        participant.gender(),
                        participant.ageBand(),
                        participant.sector())
                .update(key, "id");
        long participantId = key.getKey().longValue();
        for (ArchivedAnswer answer : participant.answers()) {
            jdbc.sql("""
                            insert into workshop_answer (participant_id, indicator_code, level, measured_value, not_applicable,
                                comment, evidence, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            participantId,
                            answer.indicatorCode(),
                            answer.level(),
                            answer.value(),
                            Boolean.TRUE.equals(answer.notApplicable()),
                            answer.comment(),
                            answer.evidence(),
                            Timestamp.from(answer.updatedAt()))
                    .update();
        }
    }

    private void agreement(long workshopId, ArchivedAgreement agreement) {
        jdbc.sql("""
                        insert into workshop_agreement (workshop_id, indicator_code, level, not_applicable, rationale, agreed_by, agreed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        workshopId,
                        agreement.indicatorCode(),
                        agreement.level(),
                        Boolean.TRUE.equals(agreement.notApplicable()),
                        agreement.rationale(),
                        agreement.agreedBy(),
                        Timestamp.from(agreement.agreedAt()))
                .update();
    }

    /** The archive's join code while no workshop here has it, else a new one. */
    private String joinCode(String archived) {
        String code = archived == null || archived.isBlank() || archived.length() > 20 ? newJoinCode() : archived;
        while (jdbc.sql("select count(*) from workshop where join_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0) {
            code = newJoinCode();
        }
        return code;
    }

    private static String newJoinCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash of a token nobody holds: an imported participant cannot sign in, as their token stayed behind. */
    private static String unusableTokenHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The stored copy of the scorecard text, shared with every assessment made with exactly that text. */
    private long snapshotId(String content) {
        String hash = sha256(content);
        Optional<Long> existing = jdbc.sql("select id from scorecard_snapshot where sha256 = ?")
                .param(hash)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into scorecard_snapshot (sha256, content) values (?, ?)")
                .params(hash, content)
                .update(key, "id");
        return key.getKey().longValue();
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
