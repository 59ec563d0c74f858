package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cityscore.support.CityscoreTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploaded scorecards are untrusted: too large, a zip bomb, an external entity are refused with a clear problem. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ScorecardUploadLimitsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aFileOverTheLimitIsRefusedUnread() throws Exception {
        byte[] large = ("# " + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        upload("large.yaml", large)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("larger than 2097152 bytes")));
    }

    @Test
    void aWorkbookThatExpandsFarIsRefusedAsAZipBomb() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(new byte[20 * 1024 * 1024]);
            out.closeEntry();
        }
        upload("bomb.xlsx", zip.toByteArray())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("expands to far more data")));
    }

    @Test
    void anExternalEntityInAWorkbookIsNeverResolved() throws Exception {
        byte[] template = mvc.perform(get("/api/scorecards/authoring-template.xlsx"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] hostile = withEntity(template);

        String body = upload("entity.xlsx", hostile)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).doesNotContain("root:").contains("damaged");
    }

    /** The template with its shared strings declaring an external entity that names /etc/passwd, used in a string. */
    private static byte[] withEntity(byte[] workbook) throws Exception {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
                            .replaceFirst("<t>id</t>", "<t>&e;</t>");
                    assertThat(xml).contains("<!DOCTYPE").contains("<t>&e;</t>");
                    part = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(part);
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    private ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/scorecards").file(new MockMultipartFile("file", name, null, bytes)));
    }
}
