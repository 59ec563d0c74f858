package org.cityscore.action;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.CarriedAction;
import org.cityscore.assessment.CarriedActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The city's actions for the pages of an assessment: the open ones carried into a later assessment of the same city
 * and scorecard, and those made from the assessment itself; one row per indicator an action is aimed at.
 */
@Component
class ActionCarryOver implements CarriedActions {

    private static final String SELECT = """
            select p.id, i.indicator_code, p.title, p.status, p.due,
                coalesce(a.assessment_year, extract(year from p.created_at)) as from_year
            from action_plan p join action_indicator i on i.action_id = p.id
                left join assessment a on a.id = p.created_from
            """;

    private final JdbcClient jdbc;

    ActionCarryOver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CarriedAction> openFor(Assessment assessment) {
        return jdbc.sql(SELECT + """
                        where p.city_id = ? and p.scorecard_id = ? and p.status in ('planned', 'in_progress')
                            and (p.created_from is null or (p.created_from <> ? and a.assessment_year < ?))
                        order by p.due nulls last, p.id""")
                .params(assessment.cityId(), assessment.scorecardId(), assessment.id(), assessment.year())
                .query((row, n) -> carried(row))
                .list();
    }

    @Override
    public List<CarriedAction> madeFrom(Assessment assessment) {
        return jdbc.sql(SELECT + """
                        where p.city_id = ? and p.created_from = ?
                        order by p.due nulls last, p.id""")
                .params(assessment.cityId(), assessment.id())
                .query((row, n) -> carried(row))
                .list();
    }

    private static CarriedAction carried(ResultSet row) throws SQLException {
        Date due = row.getDate("due");
        return new CarriedAction(
                row.getLong("id"),
                row.getString("indicator_code"),
                row.getInt("from_year"),
                row.getString("status"),
                due == null ? null : due.toLocalDate(),
                row.getString("title"));
    }
}
