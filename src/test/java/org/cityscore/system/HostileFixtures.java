package org.cityscore.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the hostile-input suite attacks, created through the API as a trainer would: a SHIFT+ and an UNDRR assessment
 * with answers, a workshop on each with participants, an agreement, and a workshop on an assessment that is final.
 */
record HostileFixtures(
        long shift,
        long undrr,
        long finalAssessment,
        long workshop,
        String joinCode,
        List<String> tokens,
        long undrrWorkshop,
        String undrrJoinCode,
        String undrrToken,
        long finalWorkshop,
        List<String> shiftCodes,
        List<String> undrrCodes) {

    static final String SHIFT = "ecomobility-shift-plus";
    static final String UNDRR = "undrr-preliminary";
    /** A comment long enough to make the UNDRR report weigh something. */
    static final String REPORT_COMMENT =
            "The drainage master plan covers the old town; the new districts are not yet mapped. ".repeat(20);

    static HostileFixtures create(HostileHttp http) {
        long shift = id(
                expect(http.trainer("POST", "/api/assessments", assessment(SHIFT, "Hostile Shift City", 2025)), 201),
                "id");
        long undrr = id(
                expect(http.trainer("POST", "/api/assessments", assessment(UNDRR, "Hostile Undrr City", 2025)), 201),
                "id");
        long finalAssessment = id(
                expect(http.trainer("POST", "/api/assessments", assessment(SHIFT, "Hostile Final City", 2024)), 201),
                "id");
        List<String> shiftCodes = codes(http, SHIFT);
        List<String> undrrCodes = codes(http, UNDRR);
        expect(http.trainer("PUT", "/api/assessments/" + shift + "/responses/E1", "{\"level\":3,\"version\":0}"), 200);
        expect(http.trainer("PUT", "/api/assessments/" + shift + "/responses/P1", "{\"value\":40,\"version\":0}"), 200);
        undrrCodes.parallelStream()
                .forEach(code -> expect(
                        http.trainer(
                                "PUT",
                                "/api/assessments/" + undrr + "/responses/" + code,
                                "{\"level\":2,\"version\":0,\"comment\":" + HostileHttp.quote(REPORT_COMMENT) + "}"),
                        200));
        JsonNode opened =
                HostileHttp.body(expect(http.trainer("POST", "/api/assessments/" + shift + "/workshops", null), 201));
        JsonNode undrrOpened =
                HostileHttp.body(expect(http.trainer("POST", "/api/assessments/" + undrr + "/workshops", null), 201));
        long finalWorkshop = id(
                expect(http.trainer("POST", "/api/assessments/" + finalAssessment + "/workshops", null), 201),
                "workshopId");
        expect(http.trainer("POST", "/api/assessments/" + finalAssessment + "/finalize", null), 200);
        long workshop = opened.get("workshopId").asLong();
        String joinCode = opened.get("joinCode").asString();
        List<String> tokens = new ArrayList<>();
        for (String name : List.of("Participant One", "Participant Two", "Participant Three")) {
            tokens.add(HostileHttp.body(expect(
                            http.anonymous(
                                    "POST",
                                    "/api/workshops/join",
                                    "{\"joinCode\":\"" + joinCode + "\",\"name\":\"" + name
                                            + "\",\"department\":\"Transport\"}"),
                            201))
                    .get("token")
                    .asString());
        }
        String undrrJoinCode = undrrOpened.get("joinCode").asString();
        String undrrToken = HostileHttp.body(expect(
                        http.anonymous(
                                "POST",
                                "/api/workshops/join",
                                "{\"joinCode\":\"" + undrrJoinCode + "\",\"name\":\"王芳\",\"department\":\"应急管理局\"}"),
                        201))
                .get("token")
                .asString();
        expect(
                http.participant(tokens.get(0), "PUT", "/api/workshops/" + workshop + "/answers/P1", "{\"value\":50}"),
                200);
        expect(
                http.participant(tokens.get(0), "PUT", "/api/workshops/" + workshop + "/answers/E1", "{\"level\":2}"),
                200);
        expect(
                http.trainer(
                        "PUT",
                        "/api/workshops/" + workshop + "/agreed/E2",
                        "{\"level\":4,\"rationale\":\"agreed in the room\"}"),
                200);
        return new HostileFixtures(
                shift,
                undrr,
                finalAssessment,
                workshop,
                joinCode,
                List.copyOf(tokens),
                undrrOpened.get("workshopId").asLong(),
                undrrJoinCode,
                undrrToken,
                finalWorkshop,
                shiftCodes,
                undrrCodes);
    }

    List<Long> assessments() {
        return List.of(shift, undrr, finalAssessment);
    }

    List<Long> workshops() {
        return List.of(workshop, undrrWorkshop, finalWorkshop);
    }

    Map<Long, Long> assessmentOfWorkshop() {
        return Map.of(workshop, shift, undrrWorkshop, undrr, finalWorkshop, finalAssessment);
    }

    static String assessment(String scorecard, String city, int year) {
        return "{\"scorecardId\":\"" + scorecard + "\",\"city\":" + HostileHttp.quote(city)
                + ",\"country\":\"Testland\",\"year\":" + year + "}";
    }

    private static List<String> codes(HostileHttp http, String scorecard) {
        List<String> codes = new ArrayList<>();
        HostileHttp.body(expect(http.anonymous("GET", "/api/scorecards/" + scorecard, null), 200))
                .get("categories")
                .forEach(category -> category.get("indicators")
                        .forEach(indicator -> codes.add(indicator.get("code").asString())));
        return List.copyOf(codes);
    }

    private static long id(Exchange exchange, String field) {
        return HostileHttp.body(exchange).get(field).asLong();
    }

    /** The fixtures must be made, or nothing after them means anything: fail at once, naming the request. */
    private static Exchange expect(Exchange exchange, int status) {
        if (exchange.status() != status) {
            throw new IllegalStateException(
                    "Could not create the fixtures: expected " + status + " for " + exchange.describe());
        }
        return exchange;
    }
}
