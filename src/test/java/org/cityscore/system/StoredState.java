package org.cityscore.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What is stored, counted through the API: the assessments, the version of every response of the fixture
 * assessments, the participants of the fixture workshops. Compared before and after a part, it shows whether a
 * refused request changed anything: only the requests that succeeded may account for a difference.
 */
record StoredState(int assessments, Map<Long, Map<String, Integer>> versions, Map<Long, Integer> participants) {

    private static final Pattern RESPONSE = Pattern.compile("/api/assessments/(\\d+)/responses/([^/?]+)");
    private static final Pattern AGREED = Pattern.compile("/(?:api/)?workshops/(\\d+)/agreed/([^/?#]+)");
    private static final Pattern WHOLE_ASSESSMENT =
            Pattern.compile("/(?:api/)?assessments/(\\d+)/(?:import|categories/.*)");

    /** Reads it all, the requests in parallel (each trainer request pays for a bcrypt check). */
    static StoredState read(HostileHttp http, List<Long> assessmentIds, List<Long> workshopIds) {
        CompletableFuture<JsonNode> all =
                CompletableFuture.supplyAsync(() -> HostileHttp.body(http.trainer("GET", "/api/assessments", null)));
        Map<Long, CompletableFuture<JsonNode>> responses = new TreeMap<>();
        assessmentIds.forEach(id -> responses.put(
                id,
                CompletableFuture.supplyAsync(
                        () -> HostileHttp.body(http.trainer("GET", "/api/assessments/" + id + "/responses", null)))));
        Map<Long, CompletableFuture<JsonNode>> summaries = new TreeMap<>();
        workshopIds.forEach(wid -> summaries.put(
                wid,
                CompletableFuture.supplyAsync(
                        () -> HostileHttp.body(http.trainer("GET", "/api/workshops/" + wid + "/summary", null)))));
        Map<Long, Map<String, Integer>> versions = new TreeMap<>();
        responses.forEach((id, list) -> {
            Map<String, Integer> byCode = new TreeMap<>();
            JsonNode stored = list.join();
            if (stored != null && stored.isArray()) {
                stored.forEach(response -> byCode.put(
                        response.get("indicatorCode").asString(),
                        response.get("version").asInt()));
            }
            versions.put(id, byCode);
        });
        Map<Long, Integer> participants = new TreeMap<>();
        summaries.forEach((wid, summary) -> {
            JsonNode read = summary.join();
            participants.put(
                    wid,
                    read == null || read.get("participants") == null
                            ? -1
                            : read.get("participants").size());
        });
        JsonNode list = all.join();
        return new StoredState(list != null && list.isArray() ? list.size() : -1, versions, participants);
    }

    /**
     * What differs from {@code after} beyond what the succeeded exchanges explain; {@code assessmentOf} maps a
     * workshop to its assessment (an agreed level becomes the assessment's answer).
     */
    List<String> unexplainedChanges(StoredState after, List<Exchange> succeeded, Map<Long, Long> assessmentOf) {
        int created = 0;
        Map<Long, Integer> joined = new HashMap<>();
        boolean joinedThroughPage = false;
        Set<String> touched = new HashSet<>();
        Set<Long> wholeAssessments = new HashSet<>();
        for (Exchange exchange : succeeded) {
            String path = exchange.target();
            Matcher response = RESPONSE.matcher(path);
            Matcher agreed = AGREED.matcher(path);
            Matcher whole = WHOLE_ASSESSMENT.matcher(path);
            if (exchange.method().equals("POST")
                    && (path.equals("/api/assessments") || path.startsWith("/api/assessments/import"))) {
                created++;
            } else if (exchange.method().equals("PUT") && response.matches()) {
                touched.add(response.group(1) + " " + decode(response.group(2)));
            } else if (agreed.matches()) {
                touched.add(assessmentOf.getOrDefault(Long.parseLong(agreed.group(1)), -1L) + " "
                        + decode(agreed.group(2)));
            } else if (exchange.method().equals("POST") && whole.matches()) {
                wholeAssessments.add(Long.parseLong(whole.group(1)));
            } else if (path.equals("/api/workshops/join")) {
                JsonNode body = HostileHttp.body(exchange);
                long wid = body == null || body.get("workshopId") == null
                        ? -1
                        : body.get("workshopId").asLong();
                joined.merge(wid, 1, Integer::sum);
            } else if (exchange.method().equals("POST") && path.startsWith("/join")) {
                joinedThroughPage = true;
            }
        }
        List<String> unexplained = new ArrayList<>();
        if (after.assessments != assessments + created) {
            unexplained.add("assessments: " + assessments + " before, " + after.assessments + " after, but only "
                    + created + " request(s) answered that they created one");
        }
        versions.forEach((id, before) -> {
            if (wholeAssessments.contains(id)) {
                return;
            }
            Map<String, Integer> now = after.versions.getOrDefault(id, Map.of());
            before.forEach((code, version) -> {
                if (!now.containsKey(code)) {
                    unexplained.add("assessment " + id + ": the response to " + code + " disappeared");
                } else if (!now.get(code).equals(version) && !touched.contains(id + " " + code)) {
                    unexplained.add("assessment " + id + ": the response to " + code + " went from version " + version
                            + " to " + now.get(code) + " though no request that changes it succeeded");
                }
            });
            now.keySet().stream()
                    .filter(code -> !before.containsKey(code) && !touched.contains(id + " " + code))
                    .forEach(code -> unexplained.add("assessment " + id + ": a response to " + code
                            + " appeared though no request that stores it succeeded"));
        });
        boolean atLeast = joinedThroughPage; // a join form answers with a redirect that does not say which workshop
        participants.forEach((wid, before) -> {
            int now = after.participants.getOrDefault(wid, -1);
            int expected = before + joined.getOrDefault(wid, 0);
            if (atLeast ? now < expected : now != expected) {
                unexplained.add("workshop " + wid + ": " + before + " participants before, " + now + " after, "
                        + expected + " expected");
            }
        });
        return unexplained;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
