package org.cityscore.archive;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.cityscore.assessment.ResponseValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads one assessment, its history, its workshops and its review comments from the database into an {@link Archive}. */
@Component
class ArchiveExport {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArchiveExport(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    ArchivedAssessment assessment(long id) {
        return jdbc.sql("""
                        select a.*, c.name as city_name from assessment a join city c on c.id = a.city_id
                        where a.id = ?""")
                .param(id)
                .query((row, n) -> new ArchivedAssessment(
                        row.getString("scorecard_id"),
                        row.getString("scorecard_version"),
                        row.getString("city"),
                        row.getString("city_name"),
                        row.getString("country"),
                        row.getInt("assessment_year"),
                        row.getString("title"),
                        row.getString("notes"),
                        row.getString("status"),
                        row.getBoolean("illustrative"),
                        instant(row, "created_at"),
                        instant(row, "updated_at"),
                        changes(id)))
                .single();
    }

    String snapshot(long id) {
        return jdbc.sql("select s.content from assessment a join scorecard_snapshot s on s.id = a.snapshot_id"
                        + " where a.id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private List<ArchivedChange> changes(long id) {
        return jdbc.sql("select * from assessment_change where assessment_id = ? order by id")
                .param(id)
                .query((row, n) -> new ArchivedChange(
                        instant(row, "changed_at"),
                        row.getString("changed_by"),
                        row.getString("action"),
                        row.getString("field"),
                        row.getString("old_value"),
                        row.getString("new_value"),
                        row.getString("reason")))
                .list();
    }

    List<ArchivedResponse> responses(long id) {
        Map<String, List<ArchivedHistory>> history = new HashMap<>();
        jdbc.sql("select * from response_change where assessment_id = ? order by indicator_code, version, id")
                .param(id)
                .query((row, n) -> history.computeIfAbsent(row.getString("indicator_code"), code -> new ArrayList<>())
                        .add(new ArchivedHistory(
                                row.getInt("version"),
                                instant(row, "changed_at"),
                                row.getString("changed_by"),
                                value(row.getString("old_value")),
                                value(row.getString("new_value")))))
                .list();
        return jdbc.sql("select * from response where assessment_id = ? order by indicator_code")
                .param(id)
                .query((row, n) -> new ArchivedResponse(
                        row.getString("indicator_code"),
                        integer(row, "level"),
                        decimal(row, "measured_value"),
                        row.getBoolean("not_applicable"),
                        row.getString("comment"),
                        row.getString("evidence"),
                        row.getString("action"),
                        row.getString("responsible"),
                        row.getString("timescale"),
                        row.getInt("version"),
                        instant(row, "updated_at"),
                        row.getString("updated_by"),
                        history.getOrDefault(row.getString("indicator_code"), List.of())))
                .list();
    }

    List<ArchivedWorkshop> workshops(long id) {
        return jdbc
                .sql("select * from workshop where assessment_id = ? order by id")
                .param(id)
                .query((row, n) -> row.getLong("id"))
                .list()
                .stream()
                .map(this::workshop)
                .toList();
    }

    private ArchivedWorkshop workshop(long workshopId) {
        // groups are numbered 1, 2, … in the archive; participants name their group by that number
        Map<Long, Integer> keys = new HashMap<>();
        List<ArchivedGroup> groups = jdbc.sql("select * from workshop_group where workshop_id = ? order by id")
                .param(workshopId)
                .query((row, n) -> {
                    keys.put(row.getLong("id"), n + 1);
                    String categories = row.getString("categories");
                    return new ArchivedGroup(
                            n + 1,
                            row.getString("name"),
                            categories.isEmpty() ? List.of() : List.of(categories.split("\n")));
                })
                .list();
        List<ArchivedParticipant> participants = jdbc.sql("select * from participant where workshop_id = ? order by id")
                .param(workshopId)
                .query((row, n) -> new ArchivedParticipant(
                        row.getString("name"),
                        row.getString("department"),
                        instant(row, "joined_at"),
                        row.getObject("group_id") == null ? null : keys.get(row.getLong("group_id")),
                        row.getBoolean("anonymous"),
                        row.getString("gender"),
                        row.getString("age_band"),
                        row.getString("sector"),
                        answers(row.getLong("id"))))
                .list();
        return jdbc.sql("select * from workshop where id = ?")
                .param(workshopId)
                .query((row, n) -> new ArchivedWorkshop(
                        row.getString("join_code"),
                        "open".equals(row.getString("status")),
                        instant(row, "created_at"),
                        instant(row, "closed_at"),
                        groups,
                        participants,
                        agreements(workshopId)))
                .single();
    }

    private List<ArchivedAnswer> answers(long participantId) {
        return jdbc.sql("select * from workshop_answer where participant_id = ? order by indicator_code")
                .param(participantId)
                .query((row, n) -> new ArchivedAnswer(
                        row.getString("indicator_code"),
                        integer(row, "level"),
                        decimal(row, "measured_value"),
                        row.getBoolean("not_applicable"),
                        row.getString("comment"),
                        row.getString("evidence"),
                        instant(row, "updated_at")))
                .list();
    }

    private List<ArchivedAgreement> agreements(long workshopId) {
        return jdbc.sql("select * from workshop_agreement where workshop_id = ? order by indicator_code")
                .param(workshopId)
                .query((row, n) -> new ArchivedAgreement(
                        row.getString("indicator_code"),
                        integer(row, "level"),
                        row.getBoolean("not_applicable"),
                        row.getString("rationale"),
                        row.getString("agreed_by"),
                        instant(row, "agreed_at")))
                .list();
    }

    List<ArchivedReviewComment> reviews(long id) {
        return jdbc.sql("select * from review_comment where assessment_id = ? order by review_round, id")
                .param(id)
                .query((row, n) -> new ArchivedReviewComment(
                        row.getInt("review_round"),
                        row.getString("indicator_code"),
                        row.getString("comment"),
                        row.getString("reviewer"),
                        instant(row, "commented_at"),
                        row.getString("reply"),
                        row.getString("replied_by"),
                        instant(row, "replied_at")))
                .list();
    }

    private ResponseValue value(String text) {
        return text == null ? null : json.readValue(text, ResponseValue.class);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        return row.getObject(column) == null ? null : row.getInt(column);
    }

    private static BigDecimal decimal(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }
}
