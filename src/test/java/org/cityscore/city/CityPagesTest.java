package org.cityscore.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The trainers' cities page: the list with names and aliases, renaming, and merging with a CSRF-protected form. */
@SpringBootTest(properties = {"cityscore.samples.load-on-empty=false", "cityscore.test.context=city-pages"})
@AutoConfigureMockMvc
@WithMockUser(username = "trainer", roles = "ADMIN")
class CityPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Test
    void listsRenamesAndMergesCities() throws Exception {
        City kaili = cities.create(new CityService.Draft("Kaili", "China", Map.of(), List.of("Kaili Shi")));
        City zh = cities.create(new CityService.Draft("凯里", "China", Map.of("en", "Kaili City"), List.of()));
        mvc.perform(get("/cities"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<bdi>Kaili Shi</bdi>")))
                .andExpect(content().string(containsString("<bdi lang=\"en\">Kaili City</bdi>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post("/cities/{id}/merge", kaili.id()).param("into", String.valueOf(zh.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cities/{id}/merge", kaili.id())
                        .param("into", String.valueOf(kaili.id()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/cities"))
                .andExpect(flash().attribute("problem", "A city cannot be merged into itself; choose the other city."));
        mvc.perform(post("/cities/{id}/merge", kaili.id())
                        .param("into", String.valueOf(zh.id()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/cities"))
                .andExpect(flash().attribute("done", "Merged into 凯里: its assessments and names are there now."));
        assertThat(cities.find(zh.id()).aliases()).contains("Kaili", "Kaili Shi");

        mvc.perform(post("/cities/{id}/rename", zh.id())
                        .param("name", "凯里市")
                        .param("lang", "zh")
                        .with(csrf()))
                .andExpect(redirectedUrl("/cities"));
        assertThat(cities.find(zh.id()).name()).isEqualTo("凯里市");

        // the city page names the city in the reader's language when it has a name in it
        mvc.perform(get("/cities").param("id", String.valueOf(zh.id())).param("lang", "en"))
                .andExpect(content().string(containsString("<h1><bdi>Kaili City</bdi></h1>")));
        mvc.perform(get("/cities").param("id", String.valueOf(zh.id())).param("lang", "zh"))
                .andExpect(content().string(containsString("<h1><bdi>凯里市</bdi></h1>")));
    }
}
