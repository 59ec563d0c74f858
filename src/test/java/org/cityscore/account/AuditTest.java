package org.cityscore.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.support.TestPeople;
import org.cityscore.system.Reader;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit log: what is recorded, who reads which entries, and the exact answers of the API and the page. */
@CityscoreTest
class AuditTest {

    private static final String PASSWORD = TestPeople.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    String admin;
    String trainer;
    String editor;
    long cityA;
    long cityB;

    @BeforeEach
    void twoCitiesAndThreePeople() {
        cityA = city("Alpha");
        cityB = city("Beta");
        admin = person(Role.ADMIN);
        trainer = person(Role.TRAINER, cityA);
        editor = person(Role.EDITOR, cityA);
    }

    @Test
    void anAdminSeesTheLifeOfAnAssessmentAndAMerge() throws Exception {
        long merged = city("Gamma");
        long id = as(admin, Reader.ADMIN, () -> {
            long made = create(cityA);
            assessments.finalizeAssessment(made, admin);
            assessments.reopen(made, "a typo", admin);
            assessments.delete(made);
            cities.merge(merged, cityA);
            return made;
        });
        mvc.perform(get("/api/audit").param("cityId", String.valueOf(cityA)).with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action")
                        .value(contains(
                                "city.merge",
                                "assessment.delete",
                                "assessment.reopen",
                                "assessment.finalise",
                                "assessment.create",
                                "city.create")))
                .andExpect(jsonPath("$[0].*", hasSize(6)))
                .andExpect(jsonPath("$[0].user").value(admin))
                .andExpect(jsonPath("$[0].target", containsString("city/" + merged + " Gamma")))
                .andExpect(jsonPath("$[0].cityId").value(cityA))
                .andExpect(jsonPath("$[0].detail", containsString("into=city/" + cityA + " Alpha")))
                .andExpect(jsonPath("$[1].target").value("assessment/" + id))
                .andExpect(jsonPath("$[2].detail").value("reason=a typo"))
                .andExpect(jsonPath("$[3].user").value(admin))
                .andExpect(jsonPath("$[3].at").isString())
                .andExpect(jsonPath("$[5].user").value(nullValue()));
    }

    @Test
    void aTrainerSeesTheirCitiesOnlyAndAnotherCityIsUnknown() throws Exception {
        create(cityA);
        create(cityB);
        mvc.perform(get("/api/audit").with(basic(trainer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.cityId != " + cityA + ")]", hasSize(0)))
                .andExpect(jsonPath("$[?(@.cityId == " + cityA + ")].action")
                        .value(contains("assessment.create", "city.create")));
        mvc.perform(get("/api/audit").param("cityId", String.valueOf(cityB)).with(basic(trainer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("cityId"));
        mvc.perform(get("/api/audit").param("cityId", String.valueOf(cityB)).with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(contains("assessment.create", "city.create")));
    }

    @Test
    void editorsAndViewersMayNotReadItAndNobodyMustSignIn() throws Exception {
        String viewer = person(Role.VIEWER, cityA);
        for (String refused : List.of(editor, viewer)) {
            mvc.perform(get("/api/audit").with(basic(refused)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.errors[0].message", containsString("Your role may not do this")));
        }
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/audit").with(user(editor).roles("EDITOR"))).andExpect(status().isForbidden());
    }

    @Test
    void aFailedSignInIsRecordedWithTheAttemptedUsernameAndASuccessOncePerQuarterHour() throws Exception {
        Instant before = Instant.now();
        String attempted = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/api/me").with(httpBasic(attempted, "wrong-password-1")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(basic(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/audit").param("since", before.toString()).with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.target == '" + attempted + "')].action").value(contains("sign-in.failed")))
                .andExpect(
                        jsonPath("$[?(@.target == '" + attempted + "')].user").value(contains(nullValue())))
                .andExpect(jsonPath("$[?(@.target == '" + admin + "')].action").value(contains("sign-in")));
        mvc.perform(get("/api/audit").param("user", admin).with(basic(admin)))
                .andExpect(jsonPath("$[*].action").value(contains("sign-in")));
    }

    @Test
    void aFormSignInIsRecordedToo() throws Exception {
        mvc.perform(formLogin().user(trainer).password(PASSWORD)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/audit").param("user", trainer).with(basic(admin)))
                .andExpect(jsonPath("$[*].action").value(contains("sign-in")))
                .andExpect(jsonPath("$[0].target").value(trainer));
    }

    @Test
    void aRefusalWhileLockedIsRecordedAsSuch() throws Exception {
        Instant before = Instant.now();
        String attempted = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/me")
                    .with(httpBasic(attempted, "wrong-password-" + i))
                    .with(from("10.77.0.2")));
        }
        mvc.perform(get("/api/audit").param("since", before.toString()).with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.target == '" + attempted + "')].action")
                        .value(contains(
                                "sign-in.locked",
                                "sign-in.failed",
                                "sign-in.failed",
                                "sign-in.failed",
                                "sign-in.failed",
                                "sign-in.failed")));
    }

    @Test
    void sinceKeepsLaterEntriesAndABadOneIsNamed() throws Exception {
        create(cityA);
        Instant between = Instant.now();
        Thread.sleep(5);
        as(admin, Reader.ADMIN, () -> create(cityA));
        mvc.perform(get("/api/audit")
                        .param("cityId", String.valueOf(cityA))
                        .param("since", between.toString())
                        .with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(contains("assessment.create")))
                .andExpect(jsonPath("$[0].user").value(admin));
        mvc.perform(get("/api/audit").param("since", "2999-01-01").with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/audit").param("since", "yesterday").with(basic(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
        mvc.perform(get("/api/audit")
                        .param("cityId", String.valueOf(cityA))
                        .param("limit", "1")
                        .with(basic(admin)))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/audit").param("limit", "1001").with(basic(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void thePageListsTheEntriesEscapedWithTheirFilters() throws Exception {
        long hostile = city("<b>Bold</b>");
        accounts.addCity(trainer, hostile);
        mvc.perform(get("/audit").param("lang", "en").with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit log")))
                .andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Bold</b>"))))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/audit")
                        .param("since", "soon")
                        .param("lang", "zh")
                        .with(user(trainer).roles("TRAINER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(containsString("不是日期")));
    }

    private long city(String name) {
        return new TestPeople(accounts, cities).city(name);
    }

    private String person(Role role, Long... cityIds) {
        return new TestPeople(accounts, cities).person(role, cityIds);
    }

    private long create(long cityId) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", 2025, null, null, cityId),
                        false)
                .id();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor basic(String username) {
        return httpBasic(username, PASSWORD);
    }

    /** Runs the work as this person, as a request of theirs would. */
    private static <T> T as(String username, String role, Supplier<T> work) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
