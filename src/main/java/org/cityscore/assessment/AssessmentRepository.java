package org.cityscore.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cityscore.system.Savepoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Assessments in the database: their details, their status and the scorecard snapshot they were made with. */
@Repository
class AssessmentRepository {

    // the city's name is shown; the city column keeps the text the city was given as
    private static final String SELECT =
            "select a.id, a.scorecard_id, a.scorecard_version, c.name as city_name, a.city_id, a.country, "
                    + "a.assessment_year, a.title, a.notes, a.status, a.illustrative, a.created_at, a.updated_at "
                    + "from assessment a join city c on c.id = a.city_id";

    private final JdbcClient jdbc;

    private final Savepoint savepoint;

    AssessmentRepository(JdbcClient jdbc, Savepoint savepoint) {
        this.jdbc = jdbc;
        this.savepoint = savepoint;
    }

    /** What a new assessment holds; the snapshot is the scorecard file's text. */
    record NewAssessment(
            String scorecardId,
            String scorecardVersion,
            String snapshot,
            String city,
            long cityId,
            String country,
            int year,
            String title,
            String notes,
            boolean illustrative) {}

    Assessment create(NewAssessment fresh, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment (scorecard_id, scorecard_version, snapshot_id, city, city_id, country,
                            assessment_year, title, notes, status, illustrative, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)""")
                .params(
                        fresh.scorecardId(),
                        fresh.scorecardVersion(),
                        snapshotId(fresh.snapshot()),
                        fresh.city(),
                        fresh.cityId(),
                        fresh.country(),
                        fresh.year(),
                        fresh.title(),
                        fresh.notes(),
                        fresh.illustrative(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update(key, "id");
        return find(key.getKey().longValue()).orElseThrow();
    }

    Optional<Assessment> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(AssessmentRepository::map)
                .optional();
    }

    /** Assessments matching the filters (null means any; no city ids, none), by city, then newest year first. */
    List<Assessment> list(List<Long> cityIds, String scorecardId, Integer year) {
        if (cityIds != null && cityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT
                        + " where (cast(:scorecard as varchar) is null or a.scorecard_id = cast(:scorecard as varchar))"
                        + " and (cast(:year as integer) is null or a.assessment_year = cast(:year as integer))"
                        + (cityIds == null ? "" : " and a.city_id in (:cities)")
                        + " order by lower(c.name), c.name, a.assessment_year desc, a.id")
                .param("scorecard", scorecardId)
                .param("year", year)
                .param("cities", cityIds == null ? List.of(0L) : cityIds)
                .query(AssessmentRepository::map)
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single() == 0;
    }

    String snapshot(long id) {
        return jdbc.sql(
                        "select s.content from assessment a join scorecard_snapshot s on s.id = a.snapshot_id where a.id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** The stored copy of a scorecard text, shared by every assessment made with exactly that text. */
    private long snapshotId(String content) {
        String hash = sha256(content);
        var existing = jdbc.sql("select id from scorecard_snapshot where sha256 = ?")
                .param(hash)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return savepoint.attempt(() -> {
                KeyHolder key = new GeneratedKeyHolder();
                jdbc.sql("insert into scorecard_snapshot (sha256, content) values (?, ?)")
                        .params(hash, content)
                        .update(key, "id");
                return key.getKey().longValue();
            });
        } catch (DuplicateKeyException storedMeanwhile) {
            return jdbc.sql("select id from scorecard_snapshot where sha256 = ?")
                    .param(hash)
                    .query(Long.class)
                    .single();
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if it was a draft. */
    boolean markFinal(long id, Instant now) {
        return jdbc.sql("update assessment set status = 'final', updated_at = ? where id = ? and status = 'draft'")
                        .params(Timestamp.from(now), id)
                        .update()
                > 0;
    }

    /** Back to draft; true if it was final. */
    boolean reopen(long id, Instant now) {
        return jdbc.sql("update assessment set status = 'draft', updated_at = ? where id = ? and status = 'final'")
                        .params(Timestamp.from(now), id)
                        .update()
                > 0;
    }

    /** From one status to another; true if it had the first (false: someone changed it meanwhile). */
    boolean changeStatus(long id, AssessmentStatus from, AssessmentStatus to, Instant now) {
        return jdbc.sql("update assessment set status = ?, updated_at = ? where id = ? and status = ?")
                        .params(to.key(), Timestamp.from(now), id, from.key())
                        .update()
                > 0;
    }

    void correct(long id, AssessmentService.Details details, long cityId, Instant now) {
        jdbc.sql(
                        "update assessment set city = ?, city_id = ?, country = ?, assessment_year = ?, title = ?, notes = ?, updated_at = ? where id = ?")
                .params(
                        details.city(),
                        cityId,
                        details.country(),
                        details.year(),
                        details.title(),
                        details.notes(),
                        Timestamp.from(now),
                        id)
                .update();
    }

    /** Every assessment of one city into another (a merge of the two). */
    void moveCity(long fromCityId, long intoCityId) {
        jdbc.sql("update assessment set city_id = ? where city_id = ?")
                .params(intoCityId, fromCityId)
                .update();
    }

    void recordChange(long id, AssessmentChange change) {
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

    /** Newest first. */
    List<AssessmentChange> changes(long id) {
        return jdbc.sql("select * from assessment_change where assessment_id = ? order by id desc")
                .param(id)
                .query((row, n) -> new AssessmentChange(
                        row.getTimestamp("changed_at").toInstant(),
                        row.getString("changed_by"),
                        row.getString("action"),
                        row.getString("field"),
                        row.getString("old_value"),
                        row.getString("new_value"),
                        row.getString("reason")))
                .list();
    }

    void touch(long id, Instant now) {
        jdbc.sql("update assessment set updated_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from assessment where id = ?").param(id).update() > 0;
    }

    private static Assessment map(ResultSet row, int rowNumber) throws SQLException {
        return new Assessment(
                row.getLong("id"),
                row.getString("scorecard_id"),
                row.getString("scorecard_version"),
                row.getString("city_name"),
                row.getLong("city_id"),
                row.getString("country"),
                row.getInt("assessment_year"),
                row.getString("title"),
                row.getString("notes"),
                AssessmentStatus.fromKey(row.getString("status")),
                row.getBoolean("illustrative"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
