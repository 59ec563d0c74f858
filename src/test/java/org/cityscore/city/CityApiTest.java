package org.cityscore.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cities as records through the API: made, read, corrected, refused, and found again by a typed name. */
@SpringBootTest(properties = {"cityscore.samples.load-on-empty=false", "cityscore.test.context=city-api"})
@AutoConfigureMockMvc
@WithMockUser(username = "trainer", roles = "ADMIN")
class CityApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    long assessment(String cityField) throws Exception {
        return body(send(post("/api/assessments"), """
                {"scorecardId": "iclei-5rs", %s, "year": 2025}""".formatted(cityField)).andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void makesReadsListsAndCorrectsACity() throws Exception {
        JsonNode created = body(send(post("/api/cities"), """
                {"name": " Guiyang ", "country": "China", "names": {"zh": "贵阳", "en": "Guiyang"}, "aliases": ["Guiyang City", "guiyang"]}""")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("Guiyang"))
                .andExpect(jsonPath("$.country").value("China"))
                .andExpect(jsonPath("$.names.zh").value("贵阳"))
                .andExpect(jsonPath("$.names.en").value("Guiyang"))
                // "guiyang" is the name itself and is not kept as an alias
                .andExpect(jsonPath("$.aliases").value(contains("Guiyang City"))));
        long id = created.get("id").asLong();
        mvc.perform(get("/api/cities/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.names.zh").value("贵阳"));
        mvc.perform(get("/api/cities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        send(patch("/api/cities/{id}", id), "{\"aliases\": [\"Zhuyang\"], \"names\": {\"ja\": \"貴陽\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Guiyang"))
                .andExpect(jsonPath("$.country").value("China"))
                .andExpect(jsonPath("$.names.ja").value("貴陽"))
                .andExpect(jsonPath("$.names.zh").doesNotExist())
                .andExpect(jsonPath("$.aliases").value(contains("Zhuyang")));
        assertThat(body(mvc.perform(get(
                                "/api/assessments/{id}", assessment("\"city\": \"zhuyang\", \"country\": \"China\""))))
                        .get("cityId")
                        .asLong())
                .isEqualTo(id);
    }

    @Test
    void aTypedNameLinksToItsCityIgnoringCaseWidthAndSpaces() throws Exception {
        long kaili = assessment("\"city\": \"Kaili\", \"country\": \"China\"");
        long cityId = body(mvc.perform(get("/api/assessments/{id}", kaili)))
                .get("cityId")
                .asLong();
        for (String typed : new String[] {"kaili", "ＫＡＩＬＩ", " Kaili "}) {
            long id = assessment("\"city\": \"" + typed + "\", \"country\": \"China\"");
            mvc.perform(get("/api/assessments/{id}", id))
                    .andExpect(jsonPath("$.cityId").value(cityId))
                    .andExpect(jsonPath("$.city").value("Kaili"));
        }
        long byId = assessment("\"cityId\": " + cityId);
        mvc.perform(get("/api/assessments/{id}", byId))
                .andExpect(jsonPath("$.cityId").value(cityId))
                .andExpect(jsonPath("$.city").value("Kaili"))
                .andExpect(jsonPath("$.country").value("China"));
        mvc.perform(get("/api/assessments").param("city", "ｋａｉｌｉ"))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) byId)));
    }

    @Test
    void correctingAnAssessmentsCityRelinksIt() throws Exception {
        long id = assessment("\"city\": \"Zunyi\"");
        long zunyi = body(mvc.perform(get("/api/assessments/{id}", id)))
                .get("cityId")
                .asLong();
        long anshun = body(send(patch("/api/assessments/{id}", id), "{\"city\": \"Anshun\"}")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.city").value("Anshun")))
                .get("cityId")
                .asLong();
        assertThat(anshun).isNotEqualTo(zunyi);
        send(patch("/api/assessments/{id}", id), "{\"cityId\": " + zunyi + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Zunyi"))
                .andExpect(jsonPath("$.cityId").value(zunyi));
        send(patch("/api/assessments/{id}", id), "{\"cityId\": 999999}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("cityId"));
        // the edit form sends the city's name back: the assessment keeps its city, whatever its own country says
        long xingyi = body(send(post("/api/cities"), "{\"name\": \"Xingyi\", \"country\": \"China\"}"))
                .get("id")
                .asLong();
        long abroad = assessment("\"cityId\": " + xingyi + ", \"country\": \"Elsewhere\"");
        send(patch("/api/assessments/{id}", abroad), "{\"city\": \"Xingyi\", \"title\": \"Corrected\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cityId").value(xingyi))
                .andExpect(jsonPath("$.title").value("Corrected"));
    }

    @Test
    void refusesWhatBreaksTheRules() throws Exception {
        send(post("/api/cities"), "{\"name\": \"Liupanshui\", \"country\": \"China\"}")
                .andExpect(status().isCreated());
        send(post("/api/cities"), "{\"name\": \"LIUPANSHUI\", \"country\": \"China\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Liupanshui")));
        send(post("/api/cities"), "{\"name\": \"Tongren\", \"country\": \"China\", \"aliases\": [\"liupanshui\"]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("aliases"));
        // another country may have a city of the same name
        send(post("/api/cities"), "{\"name\": \"Liupanshui\", \"country\": \"Elsewhere\"}")
                .andExpect(status().isCreated());
        send(post("/api/cities"), "{\"country\": \"China\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Give the city's name."));
        send(post("/api/cities"), "{\"name\": \"" + "x".repeat(201) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send(post("/api/cities"), "{\"name\": \"Bijie\", \"country\": \"" + "x".repeat(201) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
        send(post("/api/cities"), "{\"name\": \"Bijie\", \"names\": {\"fr\": \"Bijie\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("names"));
        send(post("/api/cities"), "{\"name\": \"Bijie\", \"names\": {\"zh\": \"" + "毕".repeat(201) + "\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("names.zh"));
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i <= CityRules.MAX_ALIASES; i++) {
            aliases.append(i == 0 ? "" : ",").append("\"Bijie ").append(i).append('"');
        }
        send(post("/api/cities"), "{\"name\": \"Bijie\", \"aliases\": [" + aliases + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("aliases"));
        mvc.perform(get("/api/cities/{id}", 999999))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        long own = body(send(post("/api/cities"), "{\"name\": \"Kaili Own\"}"))
                .get("id")
                .asLong();
        send(post("/api/cities/{id}/merge", own), "{\"into\": " + own + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("into"));
        send(post("/api/cities/{id}/merge", own), "{\"into\": 999999}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("into"));
        send(post("/api/cities/{id}/merge", own), "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("into"));
        send(post("/api/assessments"), "{\"scorecardId\": \"iclei-5rs\", \"cityId\": 999999, \"year\": 2025}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("cityId"));
    }
}
