package org.cityscore.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cityscore.city.CityService;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.AuditEntry;
import org.cityscore.system.Reader;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reading the audit log: an admin reads all of it, a trainer the entries of their cities (a city outside them is
 * unknown: 404), editors and viewers nothing (403). The page and the API both read through here.
 */
@Service
class AuditLog {

    /** What the reader asks for, as typed: each blank or null means "any"; {@code limit} null means the most. */
    record Query(String since, String user, Long cityId, Integer limit) {}

    private final Audit audit;
    private final Reader reader;
    private final CityService cities;

    AuditLog(Audit audit, Reader reader, CityService cities) {
        this.audit = audit;
        this.reader = reader;
        this.cities = cities;
    }

    List<AuditEntry> read(Query query) {
        if (!reader.mayReadAudit()) {
            throw Reader.forbidden();
        }
        if (query.cityId() != null && !reader.mayRead(query.cityId())) {
            throw cities.notFound("cityId", query.cityId());
        }
        int limit = query.limit() == null ? Audit.MAX : query.limit();
        if (limit < 1 || limit > Audit.MAX) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "limit",
                    Message.of("audit.limit.invalid", String.valueOf(Audit.MAX)));
        }
        String user = query.user() == null || query.user().isBlank()
                ? null
                : query.user().strip();
        return audit.entries(new Audit.Filter(since(query.since()), user, query.cityId(), reader.cities(), limit));
    }

    /** An instant ({@code 2026-05-01T08:00:00Z}) or a day ({@code 2026-05-01}, from its start in UTC). */
    private static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String given = text.strip();
        try {
            return given.length() == 10
                    ? LocalDate.parse(given).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(given);
        } catch (DateTimeParseException wrong) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "since", Message.of("audit.since.invalid", given));
        }
    }
}
