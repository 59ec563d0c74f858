package org.cityscore.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log: who did what and when. {@link #record} writes in the caller's transaction, so a change that is
 * rolled back leaves no entry; actions are stable lower-case codes ({@code assessment.finalise}); a detail is short
 * and never holds a password or a token.
 */
@Component
public class Audit {

    /** The most entries one read returns. */
    public static final int MAX = 1000;

    private static final int TARGET = 200;
    private static final int DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to read: each null means "any"; {@code cities} empty means every city (an admin). */
    public record Filter(Instant since, String user, Long cityId, Optional<Set<Long>> cities, int limit) {}

    /** Records an action of the person signed in now (none for someone anonymous). */
    public void record(String action, String target, Long cityId, String detail) {
        record(signedIn(), action, target, cityId, detail);
    }

    /** Records an action of a given person; {@code user} null for someone not signed in. */
    public void record(String user, String action, String target, Long cityId, String detail) {
        jdbc.sql("insert into audit_entry (at, username, action, target, city_id, detail) values (?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(clock.instant()),
                        cut(user, 100),
                        action,
                        cut(target == null ? "" : target, TARGET),
                        cityId,
                        cut(detail, DETAIL))
                .update();
    }

    /** The entries that pass the filter, newest first. */
    public List<AuditEntry> entries(Filter filter) {
        StringBuilder sql =
                new StringBuilder("select at, username, action, target, city_id, detail from audit_entry where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.since() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(filter.since()));
        }
        if (filter.user() != null) {
            sql.append(" and username = ?");
            params.add(filter.user());
        }
        if (filter.cityId() != null) {
            sql.append(" and city_id = ?");
            params.add(filter.cityId());
        }
        if (filter.cities().isPresent()) {
            Set<Long> cities = filter.cities().get();
            if (cities.isEmpty()) {
                return List.of();
            }
            sql.append(" and city_id in (")
                    .append(cities.stream().map(id -> "?").collect(Collectors.joining(", ")))
                    .append(")");
            params.addAll(cities);
        }
        sql.append(" order by at desc, id desc fetch first ")
                .append(Math.max(1, Math.min(filter.limit(), MAX)))
                .append(" rows only");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((row, n) -> new AuditEntry(
                        row.getTimestamp("at").toInstant(),
                        row.getString("username"),
                        row.getString("action"),
                        row.getString("target"),
                        row.getObject("city_id") == null ? null : row.getLong("city_id"),
                        row.getString("detail")))
                .list();
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
