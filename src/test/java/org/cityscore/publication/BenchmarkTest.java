package org.cityscore.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Beside a city's published result, the other cities' distribution appears with 5 other cities and not with 4. Its
 * own application context (another licence) gives it its own database, so it counts only its own cities.
 */
@SpringBootTest(properties = {"cityscore.samples.load-on-empty=false", "cityscore.open-data.licence=CC0-1.0"})
@AutoConfigureMockMvc
class BenchmarkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Test
    void theDistributionOfOtherCitiesAppearsWithFiveAndNotWithFour() throws Exception {
        PublicFixture fixture = new PublicFixture(cities, assessments, mvc);
        long home = fixture.city("Home");
        long result = fixture.published(home, 2025, 1, 4);
        String version = assessments.find(result).scorecardVersion();
        // levels 0, 1, 2 on the first four indicators (three in E1): E1 scores 0 %, 33.3 %, 66.7 %
        for (int level = 0; level < 3; level++) {
            fixture.published(fixture.city("Other" + level), 2024, level, 4);
        }
        long twice = fixture.city("Twice");
        fixture.published(twice, 2020, 0, 4);

        JsonNode four = benchmark(version, home);
        assertThat(four.get("cities").asInt()).isEqualTo(4);
        assertThat(four.get("shown").asBoolean()).isFalse();
        assertThat(four.has("categories")).isFalse();
        String hidden = fixture.anonymous("/public/assessments/{id}", result);
        assertThat(hidden).doesNotContain("Other cities: median").contains("once at least five other cities");

        // a city counts once, with its latest result (100 % in E1)
        fixture.published(twice, 2025, 3, 4);
        assertThat(benchmark(version, home).get("cities").asInt()).isEqualTo(4);
        assertThat(benchmark(version, home).get("shown").asBoolean()).isFalse();

        fixture.published(fixture.city("Fifth"), 2025, 2, 4);
        JsonNode five = benchmark(version, home);
        assertThat(five.get("cities").asInt()).isEqualTo(5);
        assertThat(five.get("shown").asBoolean()).isTrue();
        JsonNode e1 = five.get("categories")
                .valueStream()
                .filter(category -> category.get("code").asString().equals("E1"))
                .findFirst()
                .orElseThrow();
        // E1 over the five other cities: 0, 33.3, 66.7, 66.7, 100
        assertThat(e1.get("median").asDouble()).isEqualTo(66.7);
        assertThat(e1.get("q1").asDouble()).isEqualTo(33.3);
        assertThat(e1.get("q3").asDouble()).isEqualTo(66.7);
        // overall, UNDRR adds up points out of 141: 4 × level / 141 gives 0, 2.8, 5.7, 5.7, 8.5
        assertThat(five.get("overall").get("median").asDouble()).isEqualTo(5.7);
        assertThat(five.get("overall").get("q1").asDouble()).isEqualTo(2.8);
        assertThat(five.get("overall").get("q3").asDouble()).isEqualTo(5.7);
        String shown = fixture.anonymous("/public/assessments/{id}", result);
        assertThat(shown)
                .contains("Other cities: median (quartiles)")
                .contains("66.7 % (33.3–66.7)")
                .doesNotContain("once at least five other cities");

        JsonNode everyone = json.readTree(fixture.anonymous(
                "/api/public/benchmarks?scorecardId={s}&version={v}", PublicFixture.SCORECARD, version));
        assertThat(everyone.get("cities").asInt()).isEqualTo(6);
        assertThat(everyone.get("shown").asBoolean()).isTrue();
    }

    private JsonNode benchmark(String version, long exceptCity) throws Exception {
        return json.readTree(new PublicFixture(cities, assessments, mvc)
                .anonymous(
                        "/api/public/benchmarks?scorecardId={s}&version={v}&cityId={c}",
                        PublicFixture.SCORECARD,
                        version,
                        exceptCity));
    }
}
