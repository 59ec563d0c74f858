package org.cityscore.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityscore.system.Savepoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Responses and their history. A write names the version it read; the database changes the row only while it
 * still has that version, so two writers of one version never overwrite each other silently.
 */
@Repository
class ResponseRepository {

    private static final String COLUMNS =
            "indicator_code, level, measured_value, not_applicable, comment, evidence, action, "
                    + "responsible, timescale, version, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final Savepoint savepoint;

    ResponseRepository(JdbcClient jdbc, JsonMapper json, Savepoint savepoint) {
        this.jdbc = jdbc;
        this.json = json;
        this.savepoint = savepoint;
    }

    List<Response> findAll(long assessmentId) {
        return jdbc.sql("select " + COLUMNS + " from response where assessment_id = ? order by indicator_code")
                .param(assessmentId)
                .query(ResponseRepository::map)
                .list();
    }

    Optional<Response> find(long assessmentId, String code) {
        return jdbc.sql("select " + COLUMNS + " from response where assessment_id = ? and indicator_code = ?")
                .params(assessmentId, code)
                .query(ResponseRepository::map)
                .optional();
    }

    /**
     * Stores a response if {@code expectedVersion} is the stored version (0 or null: none stored yet), records
     * the change in the history, and returns the response with its new version. Must run in a transaction.
     */
    Response write(
            long assessmentId, String code, ResponseValue value, Integer expectedVersion, String author, Instant now) {
        Response current = find(assessmentId, code).orElse(null);
        int expected = expectedVersion == null ? 0 : expectedVersion;
        int stored = current == null ? 0 : current.version();
        if (expected != stored) {
            throw new StaleResponseException(current);
        }
        if (current != null && current.content().sameAs(value)) {
            return current;
        }
        Response next = Response.of(code, value, stored + 1, now, author);
        if (current == null) {
            insert(assessmentId, next);
        } else if (update(assessmentId, next, stored) == 0) {
            throw new StaleResponseException(find(assessmentId, code).orElse(null));
        }
        jdbc.sql("""
                        insert into response_change (assessment_id, indicator_code, version, changed_at, changed_by, old_value, new_value)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        assessmentId,
                        code,
                        next.version(),
                        Timestamp.from(now),
                        author,
                        current == null ? null : json.writeValueAsString(current.content()),
                        json.writeValueAsString(value))
                .update();
        return next;
    }

    List<ResponseChange> history(long assessmentId, String code) {
        return jdbc.sql("""
                        select indicator_code, version, changed_at, changed_by, old_value, new_value from response_change
                        where assessment_id = ? and indicator_code = ? order by version desc""")
                .params(assessmentId, code)
                .query((row, n) -> new ResponseChange(
                        row.getString("indicator_code"),
                        row.getInt("version"),
                        row.getTimestamp("changed_at").toInstant(),
                        row.getString("changed_by"),
                        read(row.getString("old_value")),
                        read(row.getString("new_value"))))
                .list();
    }

    private void insert(long assessmentId, Response response) {
        try {
            savepoint.attempt(() -> jdbc.sql("insert into response (assessment_id, " + COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            assessmentId,
                            response.indicatorCode(),
                            response.level(),
                            response.value(),
                            response.notApplicable(),
                            response.comment(),
                            response.evidence(),
                            response.action(),
                            response.responsible(),
                            response.timescale(),
                            response.version(),
                            Timestamp.from(response.updatedAt()),
                            response.updatedBy())
                    .update());
        } catch (DuplicateKeyException raced) {
            throw new StaleResponseException(
                    find(assessmentId, response.indicatorCode()).orElse(null));
        }
    }

    private int update(long assessmentId, Response response, int expectedVersion) {
        return jdbc.sql("""
                        update response set level = ?, measured_value = ?, not_applicable = ?, comment = ?, evidence = ?,
                            action = ?, responsible = ?, timescale = ?, version = ?, updated_at = ?, updated_by = ?
                        where assessment_id = ? and indicator_code = ? and version = ?""")
                .params(
                        response.level(),
                        response.value(),
                        response.notApplicable(),
                        response.comment(),
                        response.evidence(),
                        response.action(),
                        response.responsible(),
                        response.timescale(),
                        response.version(),
                        Timestamp.from(response.updatedAt()),
                        response.updatedBy(),
                        assessmentId,
                        response.indicatorCode(),
                        expectedVersion)
                .update();
    }

    private ResponseValue read(String text) {
        return text == null ? null : json.readValue(text, ResponseValue.class);
    }

    private static Response map(ResultSet row, int rowNumber) throws SQLException {
        Integer level = row.getObject("level") == null ? null : row.getInt("level");
        BigDecimal value = row.getBigDecimal("measured_value");
        return new Response(
                row.getString("indicator_code"),
                level,
                value == null ? null : value.stripTrailingZeros(),
                row.getBoolean("not_applicable"),
                row.getString("comment"),
                row.getString("evidence"),
                row.getString("action"),
                row.getString("responsible"),
                row.getString("timescale"),
                row.getInt("version"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"));
    }
}
