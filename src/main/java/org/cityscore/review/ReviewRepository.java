package org.cityscore.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.cityscore.assessment.ReviewComment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviewer's comments and the city's replies in the database, by assessment and round. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long assessmentId, int round, String indicatorCode, String comment, String reviewer, Instant at) {
        jdbc.sql("""
                        insert into review_comment (assessment_id, review_round, indicator_code, comment, reviewer, commented_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(assessmentId, round, indicatorCode, comment, reviewer, Timestamp.from(at))
                .update();
    }

    /** Every comment of the assessment, oldest round first, in the order they were written. */
    List<Stored> all(long assessmentId) {
        return jdbc.sql("select * from review_comment where assessment_id = ? order by review_round, id")
                .param(assessmentId)
                .query(ReviewRepository::map)
                .list();
    }

    void reply(long assessmentId, int round, String indicatorCode, String reply, String by, Instant at) {
        jdbc.sql("""
                        update review_comment set reply = ?, replied_by = ?, replied_at = ?
                        where assessment_id = ? and review_round = ? and indicator_code = ?""")
                .params(
                        reply,
                        reply == null ? null : by,
                        reply == null ? null : Timestamp.from(at),
                        assessmentId,
                        round,
                        indicatorCode)
                .update();
    }

    /** A comment as stored, with its round (and not open to replies: the service knows when it is). */
    record Stored(int round, ReviewComment comment) {}

    private static Stored map(ResultSet row, int n) throws SQLException {
        Timestamp replied = row.getTimestamp("replied_at");
        return new Stored(
                row.getInt("review_round"),
                new ReviewComment(
                        row.getString("indicator_code"),
                        row.getString("comment"),
                        row.getString("reviewer"),
                        row.getTimestamp("commented_at").toInstant(),
                        row.getString("reply"),
                        row.getString("replied_by"),
                        replied == null ? null : replied.toInstant(),
                        false));
    }
}
