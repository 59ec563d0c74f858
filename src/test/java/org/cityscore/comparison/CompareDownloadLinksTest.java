package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The PDF and CSV links of the compare page ask for the comparison the page shows, a mixed one included. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class CompareDownloadLinksTest {

    private static final Pattern DOWNLOAD =
            Pattern.compile("href=\"(/compare/(?:report\\.pdf|comparison\\.csv)\\?[^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Test
    void theLinksOfAMixedComparisonOpenThePdfAndTheCsv() throws Exception {
        long kaili = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Kaili", "China", 2023, null, null), false)
                .id();
        long hiroshima = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Hiroshima", "Japan", 2025, null, null), false)
                .id();
        List<String> links = links(kaili + "," + hiroshima, true);
        assertThat(links).hasSize(2).allSatisfy(link -> assertThat(link).contains("mixed=true"));
        mvc.perform(get(links.get(0)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(links.get(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hiroshima 2025")));
    }

    @Test
    void theLinksOfAComparisonOverTheYearsStayPlain() throws Exception {
        long first = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Gangneung", "Korea", 2023, null, null), false)
                .id();
        long second = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Gangneung", "Korea", 2025, null, null), false)
                .id();
        List<String> links = links(first + "," + second, false);
        assertThat(links).hasSize(2).noneSatisfy(link -> assertThat(link).contains("mixed=true"));
        for (String link : links) {
            mvc.perform(get(link)).andExpect(status().isOk());
        }
    }

    /** The download links of the compare page, as the browser follows them. */
    private List<String> links(String ids, boolean mixed) throws Exception {
        String page = mvc.perform(get("/compare")
                        .param("assessments", ids)
                        .param("mixed", String.valueOf(mixed))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> links = new ArrayList<>();
        Matcher matcher = DOWNLOAD.matcher(page);
        while (matcher.find()) {
            links.add(HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        return links;
    }
}
