package org.cityscore.workshop;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The projector screen: for those who may run the workshop, the join code in large type, live anonymous results. */
@CityscoreTest
class ProjectorScreenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    long city;
    long otherCity;
    Workshop workshop;

    @BeforeEach
    void aWorkshopInOneCity() {
        String suffix = String.valueOf(System.nanoTime());
        city = cities.create(new CityService.Draft("Screen " + suffix, "Testland", Map.of(), List.of()))
                .id();
        otherCity = cities.create(new CityService.Draft("Elsewhere " + suffix, "Testland", Map.of(), List.of()))
                .id();
        long assessment = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "iclei-5rs", null, null, "Testland", 2025, null, null, city),
                        false)
                .id();
        workshop = workshops.open(assessment);
    }

    private static RequestPostProcessor admin() {
        return user("ada").roles("ADMIN");
    }

    private String screen() {
        return "/workshops/" + workshop.id() + "/screen";
    }

    @Test
    void anAdminSeesTheJoinCodeWithoutNavigation() throws Exception {
        mvc.perform(get(screen()).with(admin()).param("lang", "en").header("Host", "cityscore.example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(workshop.joinCode())))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("/join?code=" + workshop.joinCode())))
                .andExpect(content().string(not(containsString("site-header"))))
                .andExpect(content().string(not(containsString("works only on this computer"))));
    }

    @Test
    void onLocalhostTheScreenWarnsThatPhonesCannotReachIt() throws Exception {
        mvc.perform(get(screen()).with(admin()).param("lang", "en").header("Host", "localhost:8080"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("works only on this computer")));
    }

    @Test
    void eachOfTheMachinesAddressesSwitchesTheJoinAddressAndIsKeptInResultsMode() throws Exception {
        List<String> own = JoinAddress.ipv4Addresses();
        assumeFalse(own.isEmpty(), "this machine has no network address besides loopback");
        String ip = own.get(0);
        mvc.perform(get(screen()).with(admin()).param("lang", "en").header("Host", "localhost:8080"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/screen?host=" + ip + "\"")));
        mvc.perform(get(screen())
                        .with(admin())
                        .param("lang", "en")
                        .param("host", ip)
                        .header("Host", "localhost:8080"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http://" + ip + ":8080/join?code=" + workshop.joinCode())))
                .andExpect(content().string(not(containsString("works only on this computer"))))
                .andExpect(content().string(containsString("mode=results&amp;host=" + ip)));
        mvc.perform(get(screen()).with(admin()).param("mode", "results").param("host", ip))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"host\" value=\"" + ip + "\"")))
                .andExpect(content().string(containsString("/screen?host=" + ip + "\"")));
    }

    @Test
    void anAddressThatIsNotTheMachinesOwnIsIgnored() throws Exception {
        mvc.perform(get(screen())
                        .with(admin())
                        .param("lang", "en")
                        .param("host", "evil.example.com")
                        .header("Host", "localhost:8080"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("evil.example.com"))))
                .andExpect(content().string(containsString("works only on this computer")));
        mvc.perform(get(screen()).with(admin()).param("mode", "results").param("host", "203.0.113.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("203.0.113.9"))));
    }

    @Test
    void aTrainerOfAnotherCityFindsNothingAndAnEditorOfTheCityIsRefused() throws Exception {
        mvc.perform(get(screen())
                        .with(user("otto")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + otherCity))))
                .andExpect(status().isNotFound());
        mvc.perform(get(screen())
                        .with(user("eve")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + city))))
                .andExpect(status().isForbidden());
    }

    @Test
    void resultsModeCountsTheAnswersWithoutNames() throws Exception {
        answer("Participant Alpha", "2");
        answer("Participant Beta", "2");
        answer("Participant Gamma", "3");

        mvc.perform(get(screen())
                        .with(admin())
                        .param("lang", "en")
                        .param("mode", "results")
                        .param("category", "rethink"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RT1")))
                .andExpect(content().string(containsString("Level 2: 2")))
                .andExpect(content().string(containsString("Level 3: 1")))
                .andExpect(content().string(containsString("3 answered")))
                .andExpect(content().string(containsString("Median: 2.0")))
                .andExpect(content().string(not(containsString("Participant Alpha"))));
    }

    private void answer(String name, String level) throws Exception {
        var joined = mvc.perform(post("/join")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", name))
                .andExpect(redirectedUrl("/workshop"))
                .andReturn();
        MockHttpSession participant = (MockHttpSession) joined.getRequest().getSession();
        mvc.perform(post("/workshop/categories/rethink")
                        .session(participant)
                        .with(csrf())
                        .param("level:RT1", level))
                .andExpect(redirectedUrl("/workshop/categories/rethink"));
    }
}
