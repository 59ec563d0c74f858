package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Copies the free-text action, responsible and timescale of every answer that has one into an action of the
 * assessment's city (issue 19), keeping their text: the action's first line is the title (the indicator code when
 * only responsible or timescale was written), the whole action text the description, the responsible the owner, a
 * timescale that is a date ({@code 2025-06-30}, {@code 2025-06} or {@code 2025}: the end of that month or year) the
 * due date, any other timescale is added to the description. Status planned, created from the assessment, with one
 * update at the answer's time by its author. The answers' columns are left as they were. Written in Java because
 * SQL cannot tell a date from other text portably.
 */
public class V22__answers_actions_into_action_plans extends BaseJavaMigration {

    private static final int TITLE = 300;
    private static final int DESCRIPTION = 20_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("""
                        select r.assessment_id, r.indicator_code, r.action, r.responsible, r.timescale, r.updated_at,
                            r.updated_by, a.city_id, a.scorecard_id
                        from response r join assessment a on a.id = r.assessment_id
                        where coalesce(trim(r.action), '') <> '' or coalesce(trim(r.responsible), '') <> ''
                            or coalesce(trim(r.timescale), '') <> ''
                        order by r.assessment_id, r.indicator_code""");
                PreparedStatement action = connection.prepareStatement("""
                        insert into action_plan (city_id, scorecard_id, title, description, owner_name, due, status,
                            created_from, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?)""", new String[] {"id"});
                PreparedStatement indicator = connection.prepareStatement(
                        "insert into action_indicator (action_id, position, indicator_code) values (?, 0, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "insert into action_update (action_id, at, by_name, status) values (?, ?, ?, 'planned')")) {
            while (rows.next()) {
                long id = insert(action, rows);
                indicator.setLong(1, id);
                indicator.setString(2, rows.getString("indicator_code"));
                indicator.executeUpdate();
                update.setLong(1, id);
                update.setTimestamp(2, rows.getTimestamp("updated_at"));
                update.setString(3, rows.getString("updated_by"));
                update.executeUpdate();
            }
        }
    }

    private static long insert(PreparedStatement action, ResultSet row) throws SQLException {
        String text = blankToNull(row.getString("action"));
        String timescale = blankToNull(row.getString("timescale"));
        LocalDate due = dateOf(timescale);
        String description = text;
        if (timescale != null && due == null) {
            description = description == null ? timescale : description + "\n\n" + timescale;
        }
        Timestamp at = row.getTimestamp("updated_at");
        action.setLong(1, row.getLong("city_id"));
        action.setString(2, row.getString("scorecard_id"));
        action.setString(
                3,
                text == null
                        ? row.getString("indicator_code")
                        : cut(text.lines().findFirst().orElseThrow().strip(), TITLE));
        action.setString(4, description == null ? null : cut(description, DESCRIPTION));
        action.setString(5, blankToNull(row.getString("responsible")));
        action.setDate(6, due == null ? null : Date.valueOf(due));
        action.setLong(7, row.getLong("assessment_id"));
        action.setTimestamp(8, at);
        action.setTimestamp(9, at);
        action.executeUpdate();
        try (ResultSet id = action.getGeneratedKeys()) {
            id.next();
            return id.getLong(1);
        }
    }

    /** The date a timescale names: a day, the end of a month, the end of a year; null for other text. */
    static LocalDate dateOf(String timescale) {
        if (timescale == null) {
            return null;
        }
        try {
            if (timescale.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(timescale);
            }
            if (timescale.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(timescale).atEndOfMonth();
            }
            if (timescale.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(timescale), 12, 31);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
