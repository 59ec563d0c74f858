package org.cityscore.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * The open data of 3 published and 2 unpublished assessments holds exactly the published rows. Its own application
 * context (another licence) gives it its own database, so no other test's publication is in the files.
 */
@SpringBootTest(properties = {"cityscore.samples.load-on-empty=false", "cityscore.open-data.licence=ODbL-1.0"})
@AutoConfigureMockMvc
class OpenDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Test
    void theCsvAndJsonHoldExactlyThePublishedRowsFieldByField() throws Exception {
        PublicFixture fixture = new PublicFixture(cities, assessments, mvc);
        long north = fixture.city("North");
        long south = fixture.city("South");
        long a = fixture.published(north, 2023, 1, 2);
        long b = fixture.published(north, 2024, 3, 4);
        long c = fixture.published(south, 2024, 2, 1);
        fixture.finalAssessment(south, 2025, 3, 5); // final, not published
        fixture.draft(north, 2025, 3, 5); // a draft
        int indicators = assessments.definitionOf(a).indicatorCount();

        JsonNode results = json.readTree(fixture.anonymous("/api/public/results.json"));
        assertThat(results.get("licence").asString()).isEqualTo("ODbL-1.0");
        List<JsonNode> rows = results.get("rows").valueStream().toList();
        assertThat(rows).hasSize(3 * indicators);
        assertThat(rows.stream().map(row -> row.get("assessmentId").asLong()).collect(Collectors.toSet()))
                .isEqualTo(Set.of(a, b, c));

        String csvText = fixture.anonymous("/api/public/results.csv");
        assertThat(csvText.lines().findFirst().orElseThrow())
                .startsWith("# Cityscore open data")
                .contains("Licence: ODbL-1.0");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .get()
                .parse(new StringReader(csvText))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(OpenDataRow.COLUMNS.keySet());
            records = parser.getRecords();
        }
        assertThat(records).hasSize(rows.size());
        // every row, in the same order in both files, holds its assessment's city, year and scorecard
        Map<Long, String> cityOf = Map.of(a, "North", b, "North", c, "South");
        Map<Long, Integer> yearOf = Map.of(a, 2023, b, 2024, c, 2024);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            CSVRecord record = records.get(i);
            long id = row.get("assessmentId").asLong();
            assertThat(row.get("city").asString()).isEqualTo(cityOf.get(id) + " " + fixture.suffix());
            assertThat(row.get("year").asInt()).isEqualTo(yearOf.get(id));
            assertThat(row.get("scorecardId").asString()).isEqualTo(PublicFixture.SCORECARD);
            for (String column : List.of(
                    "assessmentId",
                    "city",
                    "country",
                    "year",
                    "scorecardId",
                    "scorecardVersion",
                    "category",
                    "indicatorCode",
                    "indicatorName",
                    "status",
                    "level",
                    "comment",
                    "evidence",
                    "action")) {
                String inJson = row.get(column).isNull() ? "" : row.get(column).asString();
                assertThat(record.get(column)).as("row %d %s", i, column).isEqualTo(inJson);
            }
        }

        String firstCode = rows.stream()
                .filter(row -> row.get("assessmentId").asLong() == b)
                .filter(row -> !row.get("level").isNull())
                .findFirst()
                .orElseThrow()
                .get("indicatorCode")
                .asString();
        Map<String, String> answered = Map.ofEntries(
                Map.entry("assessmentId", String.valueOf(b)),
                Map.entry("city", "North " + fixture.suffix()),
                Map.entry("country", "Testland"),
                Map.entry("year", "2024"),
                Map.entry("scorecardId", "undrr-preliminary"),
                Map.entry("scorecardVersion", assessments.find(b).scorecardVersion()),
                Map.entry("category", "E" + firstCode.substring(1, firstCode.indexOf('.'))),
                Map.entry("indicatorCode", firstCode),
                Map.entry(
                        "indicatorName",
                        assessments
                                .definitionOf(b)
                                .indicator(firstCode)
                                .orElseThrow()
                                .name()
                                .in("en")),
                Map.entry("status", "answered"),
                Map.entry("level", "3"),
                Map.entry("value", ""),
                Map.entry("score", "100.00"),
                Map.entry("comment", "comment " + firstCode),
                Map.entry("evidence", "evidence " + firstCode),
                Map.entry("action", "action " + firstCode));
        assertRow(rows, records, b, firstCode, answered);

        String lastCode = rows.stream()
                .filter(row -> row.get("assessmentId").asLong() == c)
                .reduce((first, second) -> second)
                .orElseThrow()
                .get("indicatorCode")
                .asString();
        JsonNode missing = row(rows, c, lastCode);
        assertThat(missing.get("city").asString()).isEqualTo("South " + fixture.suffix());
        assertThat(missing.get("status").asString()).isEqualTo("missing");
        for (String empty : List.of("level", "value", "score", "comment", "evidence", "action")) {
            assertThat(missing.get(empty).isNull()).as(empty).isTrue();
            assertThat(record(records, c, lastCode).get(empty)).as(empty).isEmpty();
        }
    }

    private static void assertRow(
            List<JsonNode> rows, List<CSVRecord> records, long id, String code, Map<String, String> expected) {
        JsonNode row = row(rows, id, code);
        CSVRecord record = record(records, id, code);
        expected.forEach((column, value) -> {
            assertThat(record.get(column)).as("CSV " + column).isEqualTo(value);
            String inJson = row.get(column).isNull() ? "" : row.get(column).asString();
            if (column.equals("score")) {
                inJson = String.format(Locale.ROOT, "%.2f", row.get(column).asDouble());
            }
            assertThat(inJson).as("JSON " + column).isEqualTo(value);
        });
    }

    private static JsonNode row(List<JsonNode> rows, long id, String code) {
        return rows.stream()
                .filter(row -> row.get("assessmentId").asLong() == id
                        && row.get("indicatorCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static CSVRecord record(List<CSVRecord> records, long id, String code) {
        return records.stream()
                .filter(record -> record.get("assessmentId").equals(String.valueOf(id))
                        && record.get("indicatorCode").equals(code))
                .findFirst()
                .orElseThrow();
    }
}
