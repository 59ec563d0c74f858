package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An assessment is scored with the scorecard it was made with, not with whatever the file says today. */
@CityscoreTest
class SnapshotTest {

    @Autowired
    AssessmentService service;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessmentKeepsScoringWithItsOwnSnapshot() {
        long id = service.create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "Kaili", null, 2019, null, null),
                        false)
                .id();
        String snapshot = jdbc.sql(
                        "select s.content from assessment a join scorecard_snapshot s on s.id = a.snapshot_id where a.id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(snapshot).contains("id: \"undrr-preliminary\"").contains("P10.2");
        // Pretend the assessment was made with an older edition in which P1.1 was called differently.
        String older = snapshot.replace("name: {en: \"Plan making\"", "name: {en: \"Plan making (2016 edition)\"");
        jdbc.sql("insert into scorecard_snapshot (sha256, content) values ('older-edition', ?)")
                .param(older)
                .update();
        jdbc.sql(
                        "update assessment set snapshot_id = (select id from scorecard_snapshot where sha256 = 'older-edition') where id = ?")
                .param(id)
                .update();
        service.respond(id, "P1.1", new ResponseValue(3, null, false, null, null, null, null, null), 0, null);
        ScoredAssessment scored = service.scored(id);
        assertThat(scored.definition().indicator("P1.1").orElseThrow().name().in("en"))
                .isEqualTo("Plan making (2016 edition)");
        assertThat(scored.result().points().label()).isEqualTo("3 / 141");
        long other = service.create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "Foshan", null, 2019, null, null),
                        false)
                .id();
        assertThat(jdbc.sql("select count(distinct snapshot_id) from assessment where id in (?, ?)")
                        .params(other, id - 0)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        long third = service.create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "Wuhan", null, 2019, null, null),
                        false)
                .id();
        assertThat(jdbc.sql("select count(distinct snapshot_id) from assessment where id in (?, ?)")
                        .params(other, third)
                        .query(Long.class)
                        .single())
                .as("assessments made with the same text share one stored copy")
                .isEqualTo(1);
    }
}
