package org.cityscore.action;

import java.sql.Date;
import java.util.List;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.CarriedAction;
import org.cityscore.assessment.CarriedActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open actions carried into a later assessment of the same city and scorecard, for its entry page. */
@Component
class ActionCarryOver implements CarriedActions {

    private final JdbcClient jdbc;

    ActionCarryOver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CarriedAction> openFor(Assessment assessment) {
        return jdbc.sql("""
                        select p.id, i.indicator_code, p.title, p.status, p.due,
                            coalesce(a.assessment_year, extract(year from p.created_at)) as from_year
                        from action_plan p join action_indicator i on i.action_id = p.id
                            left join assessment a on a.id = p.created_from
                        where p.city_id = ? and p.scorecard_id = ? and p.status in ('planned', 'in_progress')
                            and (p.created_from is null or (p.created_from <> ? and a.assessment_year < ?))
                        order by p.due nulls last, p.id""")
                .params(assessment.cityId(), assessment.scorecardId(), assessment.id(), assessment.year())
                .query((row, n) -> {
                    Date due = row.getDate("due");
                    return new CarriedAction(
                            row.getLong("id"),
                            row.getString("indicator_code"),
                            row.getInt("from_year"),
                            row.getString("status"),
                            due == null ? null : due.toLocalDate(),
                            row.getString("title"));
                })
                .list();
    }
}
