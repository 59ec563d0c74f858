package org.cityscore.city;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cityscore.support.CityscoreTest;
import org.cityscore.support.TestPeople;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A city's name is unique in its country, so making a second one is refused whoever asks; only a reader who may see
 * the first city is told which one it is.
 */
@CityscoreTest
@WithMockUser(roles = "ADMIN")
class CityNameTakenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    CityService cities;

    String name;
    long kunming;
    String insider;
    String outsider;

    @BeforeEach
    void aCityAndTwoTrainers() {
        TestPeople people = new TestPeople(accounts, cities);
        name = "Kunming " + UUID.randomUUID().toString().substring(0, 8);
        kunming = cities.create(new CityService.Draft(name, "China", Map.of(), List.of()))
                .id();
        insider = people.person(Role.TRAINER, kunming);
        outsider = people.person(Role.TRAINER, people.city("Dali"));
    }

    @Test
    void aTrainerOfAnotherCityIsRefusedWithoutLearningWhichCityHasTheName() throws Exception {
        mvc.perform(post("/api/cities")
                        .with(TestPeople.basic(outsider))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name.toUpperCase() + "\", \"country\": \"China\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(refusal(name.toUpperCase())));
    }

    @Test
    void aTrainerOfTheCityIsToldWhichCityHasTheName() throws Exception {
        mvc.perform(post("/api/cities")
                        .with(TestPeople.basic(insider))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"country\": \"China\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message", containsString("(id " + kunming + ")")));
    }

    @Test
    void renamingOnesOwnCityToTheNameIsRefusedTheSameWay() throws Exception {
        long dali = new TestPeople(accounts, cities).city("Dali");
        String trainerOfDali = new TestPeople(accounts, cities).person(Role.TRAINER, dali);
        mvc.perform(patch("/api/cities/{id}", dali)
                        .with(TestPeople.basic(trainerOfDali))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"country\": \"China\", \"aliases\": [\"" + name + "\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("aliases"))
                .andExpect(jsonPath("$.errors[0].message").value(refusal(name)));
    }

    /** The whole refusal a reader outside the city gets: the name as they typed it, and no other city's name or id. */
    private static String refusal(String typed) {
        return "The name \"" + typed + "\" already belongs to another city of this country, one you do not manage."
                + " Ask an administrator to add you to that city instead of making it again.";
    }
}
