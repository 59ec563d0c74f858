package org.cityscore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a backup or an archive must carry over, made through the API: an assessment whose answers changed, a
 * correction and the finalization in its own history, and a closed workshop with a group, five participants (one
 * anonymous, all with a profile, so a profile group shows) who answered, and an agreement with its rationale.
 * {@link #state} reads back everything that must be equal afterwards, with the ids (which a move renumbers) taken out.
 */
final class ArchiveScenario {

    /** One request as the trainer (bearer null) or as a participant; a status and the parsed JSON body. */
    interface Api {
        Reply send(String method, String path, String json, String bearer);
    }

    record Reply(int status, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveScenario() {}

    /** Makes the assessment in the city named {@code city}; returns its id. */
    static long create(Api api, String city) {
        long id = ok(
                        api,
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"iclei-5rs\",\"city\":\"" + city
                                + "\",\"country\":\"Testland\",\"year\":2025,\"title\":\"Before\"}",
                        null)
                .get("id")
                .asLong();
        String responses = "/api/assessments/" + id + "/responses/";
        ok(api, "PUT", responses + "RT1", "{\"level\":1,\"comment\":\"first thought\"}", null);
        ok(api, "PUT", responses + "RT1", "{\"level\":2,\"comment\":\"second thought\",\"version\":1}", null);
        ok(
                api,
                "PUT",
                responses + "RT2",
                "{\"level\":3,\"evidence\":\"Report 2024\",\"action\":\"Plan\",\"responsible\":\"Mayor\","
                        + "\"timescale\":\"2026\"}",
                null);
        ok(api, "PATCH", "/api/assessments/" + id, "{\"title\":\"After\",\"notes\":\"Corrected — 更正\"}", null);
        JsonNode workshop = ok(api, "POST", "/api/assessments/" + id + "/workshops", null, null);
        long wid = workshop.get("workshopId").asLong();
        long group = ok(
                        api,
                        "POST",
                        "/api/workshops/" + wid + "/groups",
                        "{\"name\":\"Rethink team\",\"categories\":[\"rethink\"]}",
                        null)
                .get("id")
                .asLong();
        int[] levels = {1, 2, 2, 3, 2};
        for (int i = 0; i < levels.length; i++) {
            String token = ok(
                            api,
                            "POST",
                            "/api/workshops/join",
                            "{\"joinCode\":\"" + workshop.get("joinCode").asText() + "\",\"name\":\"Person " + i
                                    + "\",\"department\":\"Bureau " + i + "\",\"groupId\":" + group
                                    + ",\"anonymous\":" + (i == 0) + ",\"profile\":{\"gender\":\"woman\","
                                    + "\"ageBand\":\"30-44\",\"sector\":\"government\"}}",
                            null)
                    .get("token")
                    .asText();
            ok(
                    api,
                    "PUT",
                    "/api/workshops/" + wid + "/answers/RT1",
                    "{\"level\":" + levels[i] + ",\"comment\":\"Because " + i + "\"}",
                    token);
        }
        ok(
                api,
                "PUT",
                "/api/workshops/" + wid + "/agreed/RT1",
                "{\"level\":2,\"rationale\":\"Most of the room said 2\"}",
                null);
        ok(api, "POST", "/api/workshops/" + wid + "/close", null, null);
        ok(api, "POST", "/api/assessments/" + id + "/finalize", null, null);
        return id;
    }

    /** The assessment, its results, its own history, every response with its history, every workshop summary. */
    static JsonNode state(Api api, long id) {
        ObjectNode state = JSON.createObjectNode();
        String base = "/api/assessments/" + id;
        state.set("assessment", ok(api, "GET", base, null, null));
        state.set("results", ok(api, "GET", base + "/results", null, null));
        state.set("changes", ok(api, "GET", base + "/changes", null, null));
        state.set("review", ok(api, "GET", base + "/review", null, null));
        JsonNode responses = ok(api, "GET", base + "/responses", null, null);
        state.set("responses", responses);
        ObjectNode history = state.putObject("history");
        for (JsonNode response : responses) {
            String code = response.get("indicatorCode").asText();
            history.set(code, ok(api, "GET", base + "/responses/" + code + "/history", null, null));
        }
        ArrayNode summaries = state.putArray("workshops");
        for (JsonNode workshop : ok(api, "GET", base + "/workshops", null, null)) {
            summaries.add(ok(api, "GET", "/api/workshops/" + workshop.get("id").asLong() + "/summary", null, null));
        }
        return withoutIds(state);
    }

    /** The state without what a move renumbers: ids, the ids of groups and participants, the join code. */
    static JsonNode withoutIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            for (String name : names) {
                if (name.equals("id") || name.endsWith("Id") || name.equals("joinCode")) {
                    object.remove(name);
                } else {
                    strip(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ArchiveScenario::strip);
        }
    }

    static JsonNode ok(Api api, String method, String path, String json, String bearer) {
        Reply reply = api.send(method, path, json, bearer);
        assertThat(reply.status())
                .as(method + " " + path + " answered " + reply.body())
                .isBetween(200, 299);
        return reply.body();
    }
}
