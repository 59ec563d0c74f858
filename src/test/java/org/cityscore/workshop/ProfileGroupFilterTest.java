package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

/**
 * The trainer's live view narrowed to one participant group (issue 15): the bars, medians and counts count only that
 * group; a group of fewer than 5 cannot be chosen and, asked for anyway, shows no numbers and no names.
 */
@CityscoreTest
class ProfileGroupFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    long city;
    Workshop workshop;

    @BeforeEach
    void aWorkshopWithTwoGroupsOfFiveOrMoreAndOneOfTwo() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        city = cities.create(new CityService.Draft("Groups " + suffix, "Testland", Map.of(), List.of()))
                .id();
        long assessment = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "iclei-5rs", null, null, "Testland", 2025, null, null, city),
                        false)
                .id();
        workshop = workshops.open(assessment);
        // academia: 5 participants, all level 1; government: 6, four at 3 and two at 2; community: 2, at 0
        for (int i = 0; i < 5; i++) {
            answer("Academic " + i, "academia", "1");
        }
        for (int i = 0; i < 6; i++) {
            answer("Official " + i, "government", i < 4 ? "3" : "2");
        }
        answer("Neighbour A", "community", "0");
        answer("Neighbour B", "community", "0");
    }

    private static RequestPostProcessor trainer(long city) {
        return user("tess").authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + city));
    }

    private String live() {
        return "/workshops/" + workshop.id() + "/live";
    }

    @Test
    void everyoneIsCountedWithoutAGroup() throws Exception {
        mvc.perform(get(live()).with(trainer(city)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Participants (13)"),
                                containsString("Level 0: 2"),
                                containsString("Level 1: 5"),
                                containsString("Level 2: 2"),
                                containsString("Level 3: 4"))));
    }

    @Test
    void aGroupCountsOnlyItsParticipants() throws Exception {
        mvc.perform(get(live()).with(trainer(city)).param("lang", "en").param("among", "sector:government"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Counting only Sector: Government (6 participants)."),
                                containsString("Participants (6)"),
                                containsString("Level 0: 0"),
                                containsString("Level 1: 0"),
                                containsString("Level 2: 2"),
                                containsString("Level 3: 4"),
                                containsString(">3.0<"),
                                not(containsString("Academic 0")))));
        mvc.perform(get(live()).with(trainer(city)).param("lang", "en").param("among", "sector:academia"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Participants (5)"),
                                containsString("Level 1: 5"),
                                containsString("Level 3: 0"),
                                containsString(">1.0<"),
                                not(containsString("Official 0")))));
    }

    @Test
    void aGroupOfFewerThanFiveShowsNoNumbersAndCannotBeChosen() throws Exception {
        mvc.perform(get(live()).with(trainer(city)).param("lang", "en").param("among", "sector:community"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("This group has fewer than 5 participants"),
                                not(containsString("Neighbour A")),
                                not(containsString("Level 0: 2")),
                                not(containsString("consensus")))));
        String page = mvc.perform(
                        get("/workshops/" + workshop.id()).with(trainer(city)).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("<option value=\"sector:community\"[^>]*disabled[^>]*>Community \\(fewer than 5\\)<")
                .containsPattern("<option value=\"sector:academia\"(?![^>]*disabled)[^>]*>Academia<")
                .containsPattern(
                        "data-among=\"sector:government sector:academia\"|data-among=\"sector:academia sector:government\"");
    }

    @Test
    void anUnknownGroupCountsEveryoneAndAnotherCitysTrainerFindsNothing() throws Exception {
        mvc.perform(get(live()).with(trainer(city)).param("lang", "en").param("among", "sector:astronauts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Participants (13)")));
        long elsewhere = cities.create(
                        new CityService.Draft("Elsewhere " + System.nanoTime(), "Testland", Map.of(), List.of()))
                .id();
        mvc.perform(get(live()).with(trainer(elsewhere)).param("among", "sector:government"))
                .andExpect(status().isNotFound());
    }

    private void answer(String name, String sector, String level) throws Exception {
        var joined = mvc.perform(post("/join")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", name)
                        .param("sector", sector))
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
