package org.cityscore.excel;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A workbook's city links to the city its name leads to, by the rule of the API: ignoring case, width and spaces. */
@SpringBootTest(properties = {"cityscore.samples.load-on-empty=false", "cityscore.test.context=workbook-city"})
@AutoConfigureMockMvc
@WithMockUser(username = "trainer", roles = "ADMIN")
class WorkbookCityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void anImportedWorkbookJoinsTheCityItsNameLeadsTo() throws Exception {
        long city = json.readTree(mvc.perform(post("/api/cities")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\": \"凯里\", \"country\": \"China\", \"aliases\": [\"Kaili\"]}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        byte[] template = mvc.perform(get("/api/scorecards/{id}/template.xlsx", "iclei-5rs"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled = ExcelImportTest.fill(template, sheet -> {
            ExcelImportTest.meta(sheet, 2, " ＫＡＩＬＩ ");
            ExcelImportTest.meta(sheet, 3, "China");
            ExcelImportTest.meta(sheet, 4, 2024);
        });
        mvc.perform(multipart("/api/assessments/import")
                        .file(new MockMultipartFile("file", "filled.xlsx", null, filled)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cityId").value(city))
                .andExpect(jsonPath("$.city").value("凯里"));
    }
}
