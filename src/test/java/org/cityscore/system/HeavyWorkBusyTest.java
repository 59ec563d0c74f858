package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the one permit taken and no queue, reports and imports answer 503 with Retry-After (JSON under /api, the
 * error page in the reader's language on pages), store nothing, and work again once the permit is free.
 */
@SpringBootTest(
        properties = {
            "cityscore.samples.load-on-empty=false",
            "cityscore.heavy-work.concurrency=1",
            "cityscore.heavy-work.queue=0",
            "cityscore.heavy-work.wait=7s"
        })
@AutoConfigureMockMvc
@WithMockUser(username = "trainer", roles = "ADMIN")
class HeavyWorkBusyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HeavyWork heavyWork;

    @Autowired
    JdbcClient jdbc;

    HeavyWorkTest.Holder holder;
    long assessment;
    long earlier;

    @BeforeEach
    void takeTheOnlyPermit() throws Exception {
        assessment = create(2025);
        earlier = create(2024);
        holder = new HeavyWorkTest.Holder(heavyWork);
    }

    @AfterEach
    void releaseIt() throws Exception {
        holder.release();
    }

    @Test
    void reportsAndImportsAnswer503WithRetryAfterWhileFullAndWorkAfterwards() throws Exception {
        mvc.perform(get("/api/assessments/{id}/report.pdf", assessment))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Try again in 7 seconds")));
        mvc.perform(get("/api/comparisons/report.pdf").param("assessments", earlier + "," + assessment))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.errors[0].message").exists());
        long before = count();
        mvc.perform(multipart("/api/assessments/import").file(workbook()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.errors[0].message", containsString("busy")));
        assertThat(count()).isEqualTo(before);

        holder.release();
        mvc.perform(get("/api/assessments/{id}/report.pdf", assessment))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(multipart("/api/assessments/import").file(workbook())).andExpect(status().isCreated());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void pagesShowTheErrorPageInTheReadersLanguage() throws Exception {
        mvc.perform(get("/assessments/{id}/report.pdf", assessment).header("Accept-Language", "zh-CN"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("正忙")));
        long before = count();
        mvc.perform(multipart("/assessments/import")
                        .file(workbook())
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(content().string(containsString("busy with other reports and imports")));
        assertThat(count()).isEqualTo(before);
    }

    long create(int year) throws Exception {
        String created = mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scorecardId\":\"iclei-5rs\",\"city\":\"Busytown\",\"year\":" + year + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    long count() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single();
    }

    static MockMultipartFile workbook() throws Exception {
        return new MockMultipartFile(
                "file",
                "sample.xlsx",
                null,
                Files.readAllBytes(Path.of("sample-assessments", "example-city-5rs-2025.xlsx")));
    }
}
