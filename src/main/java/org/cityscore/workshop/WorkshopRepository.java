package org.cityscore.workshop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityscore.system.Savepoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Workshops, their participants, the participants' own answers and the agreed levels. */
@Repository
class WorkshopRepository {

    private final JdbcClient jdbc;

    private final Savepoint savepoint;

    WorkshopRepository(JdbcClient jdbc, Savepoint savepoint) {
        this.jdbc = jdbc;
        this.savepoint = savepoint;
    }

    /** Throws DuplicateKeyException if the join code is taken; the caller's transaction can go on and try another. */
    Workshop create(long assessmentId, String joinCode, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        savepoint.attempt(() -> jdbc.sql(
                        "insert into workshop (assessment_id, join_code, status, created_at) values (?, ?, 'open', ?)")
                .params(assessmentId, joinCode, Timestamp.from(now))
                .update(key, "id"));
        return find(key.getKey().longValue()).orElseThrow();
    }

    Optional<Workshop> find(long id) {
        return jdbc.sql("select * from workshop where id = ?")
                .param(id)
                .query(WorkshopRepository::workshop)
                .optional();
    }

    Optional<Workshop> findByJoinCode(String code) {
        return jdbc.sql("select * from workshop where join_code = ?")
                .param(code)
                .query(WorkshopRepository::workshop)
                .optional();
    }

    List<Workshop> forAssessment(long assessmentId) {
        return jdbc.sql("select * from workshop where assessment_id = ? order by id desc")
                .param(assessmentId)
                .query(WorkshopRepository::workshop)
                .list();
    }

    void changeJoinCode(long id, String joinCode) {
        jdbc.sql("update workshop set join_code = ? where id = ?")
                .params(joinCode, id)
                .update();
    }

    void close(long id, Instant now) {
        jdbc.sql("update workshop set status = 'closed', closed_at = ? where id = ? and status = 'open'")
                .params(Timestamp.from(now), id)
                .update();
    }

    void reopen(long id) {
        jdbc.sql("update workshop set status = 'open', closed_at = null where id = ?")
                .param(id)
                .update();
    }

    Participant addParticipant(
            long workshopId, String name, String department, boolean anonymous, String tokenHash, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into participant (workshop_id, name, department, anonymous, token_hash, joined_at) values (?, ?, ?, ?, ?, ?)")
                .params(workshopId, name, department, anonymous, tokenHash, Timestamp.from(now))
                .update(key, "id");
        return new Participant(key.getKey().longValue(), workshopId, name, department, now, null, anonymous);
    }

    void saveProfile(long participantId, ParticipantProfile profile) {
        jdbc.sql("update participant set gender = ?, age_band = ?, sector = ? where id = ?")
                .params(profile.gender(), profile.ageBand(), profile.sector(), participantId)
                .update();
    }

    /** The profile of each participant of the workshop, by participant id. */
    Map<Long, ParticipantProfile> profiles(long workshopId) {
        Map<Long, ParticipantProfile> profiles = new HashMap<>();
        jdbc.sql("select id, gender, age_band, sector from participant where workshop_id = ?")
                .param(workshopId)
                .query(row -> {
                    profiles.put(
                            row.getLong("id"),
                            new ParticipantProfile(
                                    row.getString("gender"), row.getString("age_band"), row.getString("sector")));
                });
        return profiles;
    }

    void replaceTokenHash(long participantId, String tokenHash) {
        jdbc.sql("update participant set token_hash = ? where id = ?")
                .params(tokenHash, participantId)
                .update();
    }

    Optional<Participant> participantByTokenHash(String tokenHash) {
        return jdbc.sql("select * from participant where token_hash = ?")
                .param(tokenHash)
                .query(WorkshopRepository::participant)
                .optional();
    }

    Optional<Participant> participant(long id) {
        return jdbc.sql("select * from participant where id = ?")
                .param(id)
                .query(WorkshopRepository::participant)
                .optional();
    }

    List<Participant> participants(long workshopId) {
        return jdbc.sql("select * from participant where workshop_id = ? order by id")
                .param(workshopId)
                .query(WorkshopRepository::participant)
                .list();
    }

    WorkshopGroup addGroup(long workshopId, String name, List<String> categories) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into workshop_group (workshop_id, name, categories) values (?, ?, ?)")
                .params(workshopId, name, String.join("\n", categories))
                .update(key, "id");
        return new WorkshopGroup(key.getKey().longValue(), workshopId, name, categories);
    }

    List<WorkshopGroup> groups(long workshopId) {
        return jdbc.sql("select * from workshop_group where workshop_id = ? order by id")
                .param(workshopId)
                .query((row, n) -> new WorkshopGroup(
                        row.getLong("id"),
                        row.getLong("workshop_id"),
                        row.getString("name"),
                        List.of(row.getString("categories").split("\n"))))
                .list();
    }

    void assignGroup(long participantId, Long groupId) {
        jdbc.sql("update participant set group_id = ? where id = ?")
                .params(groupId, participantId)
                .update();
    }

    /**
     * Stores a participant's answer, replacing their earlier one; only they write it, so no version is needed. If the
     * same participant's other tab inserted it a moment earlier, this throws DuplicateKeyException and the caller runs
     * its transaction again, which then updates.
     */
    void saveAnswer(ParticipantAnswer answer) {
        if (updateAnswer(answer) == 0) {
            jdbc.sql("""
                            insert into workshop_answer (participant_id, indicator_code, level, measured_value, not_applicable,
                                comment, evidence, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            answer.participantId(),
                            answer.indicatorCode(),
                            answer.level(),
                            answer.value(),
                            answer.notApplicable(),
                            answer.comment(),
                            answer.evidence(),
                            Timestamp.from(answer.updatedAt()))
                    .update();
        }
    }

    private int updateAnswer(ParticipantAnswer answer) {
        return jdbc.sql("""
                        update workshop_answer set level = ?, measured_value = ?, not_applicable = ?, comment = ?, evidence = ?,
                            updated_at = ? where participant_id = ? and indicator_code = ?""")
                .params(
                        answer.level(),
                        answer.value(),
                        answer.notApplicable(),
                        answer.comment(),
                        answer.evidence(),
                        Timestamp.from(answer.updatedAt()),
                        answer.participantId(),
                        answer.indicatorCode())
                .update();
    }

    List<ParticipantAnswer> answersOf(long participantId) {
        return jdbc.sql("select * from workshop_answer where participant_id = ? order by indicator_code")
                .param(participantId)
                .query(WorkshopRepository::answer)
                .list();
    }

    List<ParticipantAnswer> answersIn(long workshopId) {
        return jdbc.sql("""
                        select a.* from workshop_answer a join participant p on p.id = a.participant_id
                        where p.workshop_id = ? order by a.participant_id, a.indicator_code""").param(workshopId).query(WorkshopRepository::answer).list();
    }

    /** Participants' answers with their names, in one workshop or in every workshop of one assessment. */
    List<AnswerBy> answersBy(Long workshopId, Long assessmentId, String indicatorCode) {
        return jdbc.sql("""
                        select p.workshop_id, p.name, p.department, p.anonymous, a.* from workshop_answer a
                        join participant p on p.id = a.participant_id join workshop w on w.id = p.workshop_id
                        where (cast(:workshop as bigint) is null or w.id = cast(:workshop as bigint))
                        and (cast(:assessment as bigint) is null or w.assessment_id = cast(:assessment as bigint))
                        and (cast(:code as varchar) is null or a.indicator_code = cast(:code as varchar))
                        order by a.indicator_code, w.id, p.name, p.id""")
                .param("workshop", workshopId)
                .param("assessment", assessmentId)
                .param("code", indicatorCode)
                .query((row, n) -> {
                    ParticipantAnswer answer = answer(row, n);
                    boolean anonymous = row.getBoolean("anonymous");
                    return new AnswerBy(
                            row.getLong("workshop_id"),
                            answer.participantId(),
                            anonymous ? null : row.getString("name"),
                            anonymous,
                            row.getString("department"),
                            answer.indicatorCode(),
                            answer.level(),
                            answer.value(),
                            answer.notApplicable(),
                            answer.comment(),
                            answer.evidence(),
                            answer.updatedAt());
                })
                .list();
    }

    /** The latest agreement per indicator over every workshop of the assessment, oldest first. */
    List<Agreement> agreementsFor(long assessmentId) {
        return jdbc.sql("""
                        select g.* from workshop_agreement g join workshop w on w.id = g.workshop_id
                        where w.assessment_id = ? order by g.agreed_at, g.workshop_id""")
                .param(assessmentId)
                .query(WorkshopRepository::agreement)
                .list();
    }

    /**
     * Records the agreement, replacing an earlier one for the indicator. An upsert that is safe when two trainers
     * agree at once, on H2 and PostgreSQL alike: update; if there was nothing to update, insert; if a concurrent
     * insert won that race, update its row instead.
     */
    void saveAgreement(long workshopId, Agreement agreement) {
        if (updateAgreement(workshopId, agreement) > 0) {
            return;
        }
        try {
            savepoint.attempt(() -> jdbc.sql("""
                            insert into workshop_agreement (workshop_id, indicator_code, level, not_applicable, rationale, agreed_by, agreed_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            workshopId,
                            agreement.indicatorCode(),
                            agreement.level(),
                            agreement.notApplicable(),
                            agreement.rationale(),
                            agreement.agreedBy(),
                            Timestamp.from(agreement.agreedAt()))
                    .update());
        } catch (DuplicateKeyException raced) {
            updateAgreement(workshopId, agreement);
        }
    }

    private int updateAgreement(long workshopId, Agreement agreement) {
        return jdbc.sql("""
                        update workshop_agreement set level = ?, not_applicable = ?, rationale = ?, agreed_by = ?, agreed_at = ?
                        where workshop_id = ? and indicator_code = ?""")
                .params(
                        agreement.level(),
                        agreement.notApplicable(),
                        agreement.rationale(),
                        agreement.agreedBy(),
                        Timestamp.from(agreement.agreedAt()),
                        workshopId,
                        agreement.indicatorCode())
                .update();
    }

    List<Agreement> agreements(long workshopId) {
        return jdbc.sql("select * from workshop_agreement where workshop_id = ?")
                .param(workshopId)
                .query(WorkshopRepository::agreement)
                .list();
    }

    private static Agreement agreement(ResultSet row, int n) throws SQLException {
        return new Agreement(
                row.getString("indicator_code"),
                (Integer) row.getObject("level"),
                row.getBoolean("not_applicable"),
                row.getString("rationale"),
                row.getString("agreed_by"),
                row.getTimestamp("agreed_at").toInstant());
    }

    private static Workshop workshop(ResultSet row, int n) throws SQLException {
        Timestamp closed = row.getTimestamp("closed_at");
        return new Workshop(
                row.getLong("id"),
                row.getLong("assessment_id"),
                row.getString("join_code"),
                "open".equals(row.getString("status")),
                row.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }

    private static Participant participant(ResultSet row, int n) throws SQLException {
        return new Participant(
                row.getLong("id"),
                row.getLong("workshop_id"),
                row.getString("name"),
                row.getString("department"),
                row.getTimestamp("joined_at").toInstant(),
                (Long) row.getObject("group_id", Long.class),
                row.getBoolean("anonymous"));
    }

    private static ParticipantAnswer answer(ResultSet row, int n) throws SQLException {
        BigDecimal value = row.getBigDecimal("measured_value");
        return new ParticipantAnswer(
                row.getLong("participant_id"),
                row.getString("indicator_code"),
                (Integer) row.getObject("level"),
                value == null ? null : value.stripTrailingZeros(),
                row.getBoolean("not_applicable"),
                row.getString("comment"),
                row.getString("evidence"),
                row.getTimestamp("updated_at").toInstant());
    }
}
