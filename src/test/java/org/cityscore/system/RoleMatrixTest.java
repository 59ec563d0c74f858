package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.workshop.Workshop;
import org.cityscore.workshop.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every endpoint family over HTTP, with the exact status of each cell: 404 outside the reader's
 * cities, 403 for a right the role lacks, 401 for nobody. The people API has its own cell-by-cell tests in
 * {@code account/PeopleApiTest} (who may invite whom, with which cities).
 */
@CityscoreTest
class RoleMatrixTest {

    /** The columns, in order. */
    static final List<String> FAMILIES = List.of(
            "list assessments",
            "get assessment of A",
            "get assessment of B",
            "put a response on A",
            "results of A",
            "workbook of A",
            "report of A",
            "comparison A+B",
            "open workshop on A",
            "list cities",
            "get city B",
            "audit of A",
            "list people");

    static Stream<Arguments> rows() {
        return Stream.of(
                row("admin", 200, 200, 200, 200, 200, 200, 200, 200, 201, 200, 200, 200, 200),
                row("trainer of A", 200, 200, 404, 200, 200, 200, 200, 404, 201, 200, 404, 200, 200),
                row("editor of A", 200, 200, 404, 200, 200, 200, 200, 404, 403, 200, 404, 403, 403),
                row("viewer of A", 200, 200, 404, 403, 200, 200, 200, 404, 403, 200, 404, 403, 403),
                row("editor of B", 200, 404, 200, 404, 404, 404, 404, 404, 404, 200, 200, 403, 403),
                row("participant", 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
                row("anonymous", 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401));
    }

    private static Arguments row(String who, int... statuses) {
        return Arguments.of(who, statuses);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Autowired
    TrainerAccounts accounts;

    long cityA;
    long cityB;
    long a;
    long b;
    String participantToken;

    @BeforeEach
    void twoCitiesWithAnAssessmentEach() {
        // no one is signed in here: the fixtures are made as the app itself
        String suffix = String.valueOf(System.nanoTime());
        cityA = cities.create(new CityService.Draft("Alpha " + suffix, "Testland", Map.of(), List.of()))
                .id();
        cityB = cities.create(new CityService.Draft("Beta " + suffix, "Testland", Map.of(), List.of()))
                .id();
        a = create(cityA);
        b = create(cityB);
        // the people API reads the caller's own account: the admin and the trainer of the matrix are real ones
        account("ada", Role.ADMIN, List.of());
        account("tom", Role.TRAINER, List.of(cityA));
        Workshop workshop = workshops.open(a);
        participantToken = workshops.join(workshop.joinCode(), "Kim", null).token();
    }

    private void account(String username, Role role, List<Long> cityIds) {
        if (accounts.exists(username)) {
            accounts.update(username, username, role, cityIds, true);
        } else {
            accounts.create(username, username, role, cityIds, "a-long-password-1");
        }
    }

    private long create(long cityId) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", 2025, null, null, cityId),
                        false)
                .id();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRoleGetsExactlyItsStatusOnEveryFamily(String who, int[] expected) throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/api/assessments"),
                get("/api/assessments/{id}", a),
                get("/api/assessments/{id}", b),
                put("/api/assessments/{id}/responses/{code}", a, "P1.1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 2, \"version\": 0}"),
                get("/api/assessments/{id}/results", a),
                get("/api/assessments/{id}/workbook.xlsx", a),
                get("/api/assessments/{id}/report.pdf", a),
                get("/api/comparisons").param("assessments", a + "," + b),
                post("/api/assessments/{id}/workshops", a),
                get("/api/cities"),
                get("/api/cities/{id}", cityB),
                get("/api/audit").param("cityId", String.valueOf(cityA)),
                get("/api/users"));
        List<String> actual = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < FAMILIES.size(); i++) {
            int status = mvc.perform(as(who, requests.get(i)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            actual.add(FAMILIES.get(i) + "=" + status);
            wanted.add(FAMILIES.get(i) + "=" + expected[i]);
        }
        assertThat(actual).as(who).containsExactlyElementsOf(wanted);
    }

    private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        return switch (who) {
            case "admin" -> request.with(user("ada").authorities(AuthorityUtils.createAuthorityList(Reader.ADMIN)));
            case "trainer of A" ->
                request.with(
                        user("tom").authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + cityA)));
            case "editor of A" ->
                request.with(
                        user("eve").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + cityA)));
            case "viewer of A" ->
                request.with(
                        user("vic").authorities(AuthorityUtils.createAuthorityList(Reader.VIEWER, "CITY_" + cityA)));
            case "editor of B" ->
                request.with(
                        user("bob").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + cityB)));
            case "participant" -> request.header("Authorization", "Bearer " + participantToken);
            default -> request;
        };
    }
}
