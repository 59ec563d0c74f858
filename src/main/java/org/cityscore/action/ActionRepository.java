package org.cityscore.action;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Actions with their indicators and updates in the tables {@code action_plan}, {@code action_indicator}, {@code action_update}. */
@Repository
class ActionRepository {

    private static final String COLUMNS =
            "id, city_id, scorecard_id, title, description, owner_name, lead_name, due, status, created_from";

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Action> find(long id) {
        return select("id = ?", List.of(id)).stream().findFirst();
    }

    /** The city's actions, by due date (none last), then by id. */
    List<Action> ofCity(long cityId) {
        return select("city_id = ?", List.of(cityId));
    }

    /** The city's actions on one scorecard made at or before {@code madeBy} (any time when null), by due date, then id. */
    List<Action> ofScorecard(long cityId, String scorecardId, Instant madeBy) {
        return madeBy == null
                ? select("city_id = ? and scorecard_id = ?", List.of(cityId, scorecardId))
                : select(
                        "city_id = ? and scorecard_id = ? and created_at <= ?",
                        List.of(cityId, scorecardId, Timestamp.from(madeBy)));
    }

    /** The actions {@code where} selects, with their indicators and updates read in one query each, not per action. */
    private List<Action> select(String where, List<Object> params) {
        List<Action> bare = jdbc.sql(
                        "select " + COLUMNS + " from action_plan where " + where + " order by due nulls last, id")
                .params(params)
                .query((row, n) -> row(row))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        String selected = "select id from action_plan where " + where;
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.sql("select action_id, indicator_code from action_indicator where action_id in (" + selected
                        + ") order by action_id, position")
                .params(params)
                .query(row -> {
                    codes.computeIfAbsent(row.getLong("action_id"), id -> new ArrayList<>())
                            .add(row.getString("indicator_code"));
                });
        Map<Long, List<Action.Update>> updates = new HashMap<>();
        jdbc.sql("select action_id, at, by_name, status, note from action_update where action_id in (" + selected
                        + ") order by action_id, at, id")
                .params(params)
                .query(row -> {
                    updates.computeIfAbsent(row.getLong("action_id"), id -> new ArrayList<>())
                            .add(new Action.Update(
                                    row.getTimestamp("at").toInstant(),
                                    row.getString("by_name"),
                                    row.getString("status"),
                                    row.getString("note")));
                });
        return bare.stream()
                .map(action -> complete(
                        action,
                        codes.getOrDefault(action.id(), List.of()),
                        updates.getOrDefault(action.id(), List.of())))
                .toList();
    }

    /** When each of the city's actions was last changed, by id. */
    Map<Long, Instant> updatedAt(long cityId) {
        Map<Long, Instant> times = new HashMap<>();
        jdbc.sql("select id, updated_at from action_plan where city_id = ?")
                .param(cityId)
                .query((row, n) -> times.put(
                        row.getLong("id"), row.getTimestamp("updated_at").toInstant()))
                .list();
        return times;
    }

    /** When the action was last changed, its row locked until the transaction ends so that no one changes it meanwhile. */
    Optional<Instant> lockUpdatedAt(long id) {
        return jdbc.sql("select updated_at from action_plan where id = ? for update")
                .param(id)
                .query((row, n) -> row.getTimestamp("updated_at").toInstant())
                .optional();
    }

    long create(Action action, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into action_plan (city_id, scorecard_id, title, description, owner_name, lead_name, due,
                            status, created_from, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        action.cityId(),
                        action.scorecardId(),
                        action.title(),
                        action.description(),
                        action.owner(),
                        action.lead(),
                        action.due() == null ? null : Date.valueOf(action.due()),
                        action.status(),
                        action.createdFrom(),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        saveIndicators(id, action.indicatorCodes());
        return id;
    }

    void save(Action action, Instant at) {
        jdbc.sql("""
                        update action_plan set scorecard_id = ?, title = ?, description = ?, owner_name = ?, lead_name = ?,
                            due = ?, status = ?, updated_at = ? where id = ?""")
                .params(
                        action.scorecardId(),
                        action.title(),
                        action.description(),
                        action.owner(),
                        action.lead(),
                        action.due() == null ? null : Date.valueOf(action.due()),
                        action.status(),
                        Timestamp.from(at),
                        action.id())
                .update();
        jdbc.sql("delete from action_indicator where action_id = ?")
                .param(action.id())
                .update();
        saveIndicators(action.id(), action.indicatorCodes());
    }

    void addUpdate(long actionId, Action.Update update) {
        jdbc.sql("insert into action_update (action_id, at, by_name, status, note) values (?, ?, ?, ?, ?)")
                .params(actionId, Timestamp.from(update.at()), update.by(), update.status(), update.note())
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from action_plan where id = ?").param(id).update();
    }

    void moveCity(long fromCityId, long intoCityId) {
        jdbc.sql("update action_plan set city_id = ? where city_id = ?")
                .params(intoCityId, fromCityId)
                .update();
    }

    private void saveIndicators(long id, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("insert into action_indicator (action_id, position, indicator_code) values (?, ?, ?)")
                    .params(id, i, codes.get(i))
                    .update();
        }
    }

    private static Action complete(Action bare, List<String> codes, List<Action.Update> updates) {
        return new Action(
                bare.id(),
                bare.cityId(),
                bare.scorecardId(),
                codes,
                bare.title(),
                bare.description(),
                bare.owner(),
                bare.lead(),
                bare.due(),
                bare.status(),
                updates,
                bare.createdFrom());
    }

    private static Action row(ResultSet row) throws SQLException {
        Date due = row.getDate("due");
        long createdFrom = row.getLong("created_from");
        boolean fromNone = row.wasNull();
        return new Action(
                row.getLong("id"),
                row.getLong("city_id"),
                row.getString("scorecard_id"),
                new ArrayList<>(),
                row.getString("title"),
                row.getString("description"),
                row.getString("owner_name"),
                row.getString("lead_name"),
                due == null ? null : due.toLocalDate(),
                row.getString("status"),
                new ArrayList<>(),
                fromNone ? null : createdFrom);
    }
}
