package org.cityscore.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.text.Message;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which assessments are published: publish and unpublish (a trainer or admin of the city; only a final assessment is
 * published), and the published final assessments, which the public pages and open data show.
 */
@Service
class Publications {

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    Publications(JdbcClient jdbc, AssessmentService assessments, Audit audit) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.audit = audit;
    }

    /** The assessment's publication, for someone who may see the assessment (404 otherwise). */
    Publication of(long id) {
        assessments.find(id);
        return stored(id).orElseGet(() -> Publication.none(id));
    }

    /** Publishes a final assessment (409 for any other); publishing it again changes nothing. */
    @Transactional
    Publication publish(long id, String by) {
        Assessment assessment = assessments.finalisable(id);
        if (!assessment.isFinal()) {
            throw new ApiException(HttpStatus.CONFLICT, "status", Message.of("publication.notFinal", id));
        }
        Optional<Publication> existing = stored(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("insert into publication (assessment_id, published_at, published_by) values (?, ?, ?)")
                    .params(id, Timestamp.from(clock.instant()), by)
                    .update();
        } catch (DuplicateKeyException alreadyPublished) { // published by someone else in the meantime
            return stored(id).orElseThrow();
        }
        audit.record("assessment.publish", "assessment/" + id, assessment.cityId(), null);
        return stored(id).orElseThrow();
    }

    /** Takes an assessment off the public pages; unpublishing one that is not published changes nothing. */
    @Transactional
    Publication unpublish(long id) {
        Assessment assessment = assessments.finalisable(id);
        int removed = jdbc.sql("delete from publication where assessment_id = ?")
                .param(id)
                .update();
        if (removed > 0) {
            audit.record("assessment.unpublish", "assessment/" + id, assessment.cityId(), null);
        }
        return Publication.none(id);
    }

    /** The ids of the published final assessments (of one city when {@code cityId} is given), by city, scorecard, year. */
    List<Long> publishedFinal(Long cityId) {
        return cityId == null ? ids("", List.of()) : ids(" and a.city_id = ?", List.of(cityId));
    }

    /** The ids of the published final assessments of one scorecard version. */
    List<Long> publishedFinal(String scorecardId, String version) {
        return ids(" and a.scorecard_id = ? and a.scorecard_version = ?", List.of(scorecardId, version));
    }

    private List<Long> ids(String condition, List<?> params) {
        return jdbc.sql("select p.assessment_id from publication p join assessment a on a.id = p.assessment_id"
                        + " where a.status = 'final'" + condition
                        + " order by a.city, a.city_id, a.scorecard_id, a.assessment_year, a.id")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The publication of an assessment, whoever asks: for the public page of a published one. */
    Publication published(long id) {
        return stored(id).orElseGet(() -> Publication.none(id));
    }

    boolean isPublishedFinal(long id) {
        return jdbc.sql("select count(*) from publication p join assessment a on a.id = p.assessment_id"
                                + " where a.status = 'final' and p.assessment_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Optional<Publication> stored(long id) {
        return jdbc.sql("select published_at, published_by from publication where assessment_id = ?")
                .param(id)
                .query((row, n) -> new Publication(
                        id, true, row.getTimestamp("published_at").toInstant(), row.getString("published_by")))
                .optional();
    }
}
