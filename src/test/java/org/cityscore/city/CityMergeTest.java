package org.cityscore.city;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** "Kaili" from a workbook and "凯里" typed are one city once merged: their years compare on the city page and in the API. */
@SpringBootTest(properties = {"cityscore.samples.load-on-empty=false", "cityscore.test.context=city-merge"})
@AutoConfigureMockMvc
@WithMockUser(username = "trainer", roles = "ADMIN")
class CityMergeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    long assessment(String city, int year) throws Exception {
        String body = mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"scorecardId": "iclei-5rs", "city": "%s", "country": "China", "year": %d, "title": "%s %d"}""".formatted(city, year, city, year)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    long cityOf(long assessment) throws Exception {
        return json.readTree(mvc.perform(get("/api/assessments/{id}", assessment))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("cityId")
                .asLong();
    }

    @Test
    void mergingKailiIntoItsChineseNameMakesTheirYearsComparable() throws Exception {
        long imported = assessment("Kaili", 2023);
        long typed = assessment("凯里", 2025);
        long kaili = cityOf(imported);
        long kailiZh = cityOf(typed);
        String both = imported + "," + typed;
        mvc.perform(get("/api/comparisons").param("assessments", both)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/cities").param("name", "凯里"))
                .andExpect(content().string(containsString("凯里 2025")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Kaili 2023"))));

        mvc.perform(post("/api/cities/{id}/merge", kaili)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + kailiZh + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(kailiZh))
                .andExpect(jsonPath("$.name").value("凯里"))
                .andExpect(jsonPath("$.aliases").value(hasItem("Kaili")));
        mvc.perform(get("/api/cities/{id}", kaili)).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/{id}", imported))
                .andExpect(jsonPath("$.cityId").value(kailiZh))
                .andExpect(jsonPath("$.city").value("凯里"));

        mvc.perform(get("/api/comparisons").param("assessments", both))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments[0].year").value(2023))
                .andExpect(jsonPath("$.assessments[1].year").value(2025))
                .andExpect(jsonPath("$.assessments[0].cityId").value(kailiZh))
                .andExpect(jsonPath("$.assessments[1].cityId").value(kailiZh));
        for (String name : new String[] {"凯里", "Kaili", " kaili "}) {
            mvc.perform(get("/cities").param("name", name))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kaili 2023")))
                    .andExpect(content().string(containsString("凯里 2025")));
        }
        mvc.perform(get("/cities/{city}", "Kaili")).andExpect(content().string(containsString("Kaili 2023")));
        // a later workbook or form that says "Kaili" joins the merged city
        mvc.perform(get("/api/assessments/{id}", assessment("KAILI", 2026)))
                .andExpect(jsonPath("$.cityId").value(kailiZh));
    }
}
