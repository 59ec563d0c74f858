package org.cityscore.publication;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.city.CityService;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.IndicatorKind;
import org.cityscore.system.Reader;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Cities and final UNDRR assessments with answers, published over HTTP by a trainer of the city. */
final class PublicFixture {

    static final String SCORECARD = "undrr-preliminary";

    private final CityService cities;
    private final AssessmentService assessments;
    private final MockMvc mvc;
    private final String suffix = String.valueOf(System.nanoTime());

    PublicFixture(CityService cities, AssessmentService assessments, MockMvc mvc) {
        this.cities = cities;
        this.assessments = assessments;
        this.mvc = mvc;
    }

    long city(String name) {
        return cities.create(new CityService.Draft(name + " " + suffix, "Testland", Map.of(), List.of()))
                .id();
    }

    /** A draft whose first {@code answered} rated indicators have {@code level}, a comment, evidence and an action. */
    long draft(long cityId, int year, int level, int answered) {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                SCORECARD, null, null, "Testland", year, null, "internal note " + suffix, cityId),
                        false)
                .id();
        List<Indicator> rated = assessments
                .definitionOf(id)
                .indicators()
                .filter(indicator -> indicator.kind() == IndicatorKind.RATED)
                .limit(answered)
                .toList();
        for (Indicator indicator : rated) {
            assessments.respond(
                    id,
                    indicator.code(),
                    new ResponseValue(
                            level,
                            null,
                            false,
                            "comment " + indicator.code(),
                            "evidence " + indicator.code(),
                            "action " + indicator.code(),
                            "Responsible Person " + suffix,
                            "2027"),
                    0,
                    "Author Person " + suffix);
        }
        return id;
    }

    long finalAssessment(long cityId, int year, int level, int answered) {
        long id = draft(cityId, year, level, answered);
        assessments.finalizeAssessment(id);
        return id;
    }

    long published(long cityId, int year, int level, int answered) throws Exception {
        long id = finalAssessment(cityId, year, level, answered);
        publish(id, cityId);
        return id;
    }

    void publish(long id, long cityId) throws Exception {
        mvc.perform(post("/api/assessments/{id}/publish", id).with(trainerOf(cityId)))
                .andExpect(status().isOk());
    }

    String suffix() {
        return suffix;
    }

    static RequestPostProcessor trainerOf(long cityId) {
        return user("tina").authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + cityId));
    }

    /** A public address read by someone who has not signed in, as a page or a file: its text. */
    String anonymous(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
