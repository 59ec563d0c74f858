package org.cityscore.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityscore.city.City;
import org.cityscore.city.CityService;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.AnswerCheck;
import org.cityscore.scoring.AnswerProblem;
import org.cityscore.scoring.ScoreCalculator;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates assessments from the current scorecards, records responses safely, and scores them. */
@Service
public class AssessmentService {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private final AssessmentRepository assessments;
    private final ResponseRepository responses;
    private final ScorecardCatalog catalog;
    private final CityService cities;
    private final Reader reader;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();
    // a snapshot never changes once taken, so each assessment's definition is read and parsed once
    private final Map<Long, ScorecardDefinition> definitions = new ConcurrentHashMap<>();

    AssessmentService(
            AssessmentRepository assessments,
            ResponseRepository responses,
            ScorecardCatalog catalog,
            CityService cities,
            Reader reader,
            Audit audit) {
        this.assessments = assessments;
        this.responses = responses;
        this.catalog = catalog;
        this.cities = cities;
        this.reader = reader;
        this.audit = audit;
    }

    /**
     * What a trainer fills in to start an assessment; {@code scorecardVersion} null means the newest. The city is
     * {@code cityId} when given, else the city the {@code city} text leads to (a new one when none does).
     */
    public record NewAssessment(
            String scorecardId,
            String scorecardVersion,
            String city,
            String country,
            int year,
            String title,
            String notes,
            Long cityId) {

        public NewAssessment(
                String scorecardId,
                String scorecardVersion,
                String city,
                String country,
                int year,
                String title,
                String notes) {
            this(scorecardId, scorecardVersion, city, country, year, title, notes, null);
        }

        public NewAssessment(String scorecardId, String city, String country, int year, String title, String notes) {
            this(scorecardId, null, city, country, year, title, notes, null);
        }
    }

    @Transactional
    public Assessment create(NewAssessment request, boolean illustrative) {
        checkTexts(request);
        ScorecardDefinition definition = (request.scorecardVersion() == null
                        ? catalog.find(request.scorecardId())
                        : catalog.find(request.scorecardId(), request.scorecardVersion()))
                .orElseThrow(() -> unknownScorecard(request));
        if (catalog.isRetired(definition.id())) {
            throw new AssessmentRejectedException("scorecardId", "assessment.scorecardRetired", definition.id());
        }
        City city = cityOf(request.cityId(), request.city(), request.country());
        checkWrite(city.id());
        String country = blankToNull(request.country());
        Assessment created = assessments.create(
                new AssessmentRepository.NewAssessment(
                        definition.id(),
                        definition.version(),
                        catalog.snapshotOf(definition),
                        request.city() == null || request.city().isBlank()
                                ? city.name()
                                : request.city().strip(),
                        city.id(),
                        country == null ? city.country() : country,
                        request.year(),
                        blankToNull(request.title()),
                        blankToNull(request.notes()),
                        illustrative),
                clock.instant());
        audit.record(
                "assessment.create",
                target(created.id()),
                city.id(),
                "scorecard=" + definition.id() + " " + definition.version() + " year=" + request.year());
        return created;
    }

    private static String target(long id) {
        return "assessment/" + id;
    }

    /** The city chosen by id (404 when there is none), else the one the text and country lead to. */
    private City cityOf(Long cityId, String text, String country) {
        if (cityId != null) {
            return cities.find("cityId", cityId);
        }
        if (text == null || text.isBlank()) {
            throw new AssessmentRejectedException("city", "form.city.required");
        }
        return cities.link(text, country);
    }

    private AssessmentRejectedException unknownScorecard(NewAssessment request) {
        String known = String.join(
                ", ",
                catalog.current().stream().map(d -> d.id() + " " + d.version()).toList());
        return request.scorecardVersion() == null
                ? new AssessmentRejectedException(
                        "scorecardId", "assessment.unknownScorecard", request.scorecardId(), known)
                : new AssessmentRejectedException(
                        "scorecardId",
                        "assessment.unknownScorecardVersion",
                        request.scorecardId(),
                        request.scorecardVersion(),
                        known);
    }

    /** The assessment; 404 when there is none or it belongs to a city the reader may not see. */
    public Assessment find(long id) {
        return visible(id).orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    /** The assessment if it exists and the reader may see it. */
    public Optional<Assessment> visible(long id) {
        return assessments.find(id).filter(assessment -> reader.mayRead(assessment.cityId()));
    }

    /** The assessment if the reader may change it: 404 outside their cities, 403 for a role that may only read. */
    Assessment writable(long id) {
        Assessment assessment = find(id);
        checkWrite(assessment.cityId());
        return assessment;
    }

    private void checkWrite(long cityId) {
        if (!reader.mayRead(cityId)) {
            throw cities.notFound("cityId", cityId);
        }
        if (!reader.mayWrite(cityId)) {
            throw Reader.forbidden();
        }
    }

    /**
     * The assessment if the reader may sign it off (finalise, reopen, publish): 404 outside their cities, 403 for a
     * role that may not.
     */
    public Assessment finalisable(long id) {
        Assessment assessment = find(id);
        if (!reader.mayFinalise(assessment.cityId())) {
            throw Reader.forbidden();
        }
        return assessment;
    }

    public List<Assessment> list(String city, String scorecardId, Integer year) {
        return list(null, city, scorecardId, year);
    }

    /** Assessments of the city {@code cityId}, or of every city the {@code city} text leads to (null: any city). */
    public List<Assessment> list(Long cityId, String city, String scorecardId, Integer year) {
        List<Long> cityIds = cityId != null
                ? List.of(cityId)
                : blankToNull(city) == null
                        ? null
                        : cities.matching(city).stream().map(City::id).toList();
        return assessments.list(cityIds, blankToNull(scorecardId), year).stream()
                .filter(assessment -> reader.mayRead(assessment.cityId()))
                .toList();
    }

    /** The scorecard as it was when the assessment was created. */
    public ScorecardDefinition definitionOf(long id) {
        ScorecardDefinition cached = definitions.get(id);
        if (cached != null) {
            return cached;
        }
        ScorecardDefinition definition = catalog.fromSnapshot(assessments.snapshot(id));
        definitions.put(id, definition);
        return definition;
    }

    public ScoredAssessment scored(long id) {
        return scored(find(id));
    }

    /**
     * A final assessment, scored, whatever the reader's cities: for the public pages only, which show an assessment
     * once it is published. Empty when there is none or it is not final.
     */
    public Optional<ScoredAssessment> finalForEveryone(long id) {
        return assessments.find(id).filter(Assessment::isFinal).map(this::scored);
    }

    private ScoredAssessment scored(Assessment assessment) {
        long id = assessment.id();
        ScorecardDefinition definition = definitionOf(id);
        List<Response> stored = responses.findAll(id);
        return new ScoredAssessment(
                assessment,
                definition,
                stored,
                ScoreCalculator.score(
                        definition,
                        stored.stream()
                                .map(response -> response.content().toAnswer(response.indicatorCode()))
                                .toList()));
    }

    /**
     * Stores a response if {@code expectedVersion} is still the stored one; otherwise throws
     * {@link StaleResponseException} with the current response and changes nothing.
     */
    @Transactional
    public Response respond(
            long id, String indicatorCode, ResponseValue value, Integer expectedVersion, String author) {
        Assessment assessment = writable(id);
        assessment.refuseWhileInReview();
        if (assessment.isFinal()) {
            throw new AssessmentRejectedException("status", "assessment.final");
        }
        ScorecardDefinition definition = definitionOf(id);
        if (definition.indicator(indicatorCode).isEmpty()) {
            throw new AssessmentRejectedException(
                    "indicatorCode", "answer.unknownIndicator", indicatorCode, definition.id(), definition.version());
        }
        checkTexts(value);
        AnswerProblem problem = AnswerCheck.problem(definition, value.toAnswer(indicatorCode));
        if (problem != null) {
            throw new AssessmentRejectedException(
                    value.value() != null ? "value" : value.level() != null ? "level" : "notApplicable",
                    problem.text());
        }
        Response stored =
                responses.write(id, indicatorCode, value, expectedVersion, blankToNull(author), clock.instant());
        assessments.touch(id, clock.instant());
        audit.record("assessment.edit", target(id), assessment.cityId(), "indicator=" + indicatorCode);
        return stored;
    }

    /**
     * Writes many answers at once, as an import does: each replaces the stored response (the history keeps the old
     * one). Runs in the caller's transaction, so an import is stored completely or not at all.
     */
    @Transactional
    public int importAnswers(long id, Map<String, ResponseValue> answers, String author) {
        Assessment assessment = writable(id);
        assessment.refuseWhileInReview();
        if (assessment.isFinal()) {
            throw new AssessmentRejectedException("status", "assessment.final");
        }
        answers.values().forEach(AssessmentService::checkTexts);
        int changed = 0;
        for (var answer : answers.entrySet()) {
            Response current = responses.find(id, answer.getKey()).orElse(null);
            if (current == null
                    ? !answer.getValue().isBlank()
                    : !current.content().sameAs(answer.getValue())) {
                responses.write(
                        id,
                        answer.getKey(),
                        answer.getValue(),
                        current == null ? 0 : current.version(),
                        author,
                        clock.instant());
                changed++;
            }
        }
        assessments.touch(id, clock.instant());
        audit.record("assessment.import", target(id), assessment.cityId(), "answers=" + changed);
        return changed;
    }

    public Response response(long id, String indicatorCode) {
        find(id);
        return responses.find(id, indicatorCode).orElse(null);
    }

    public List<ResponseChange> history(long id, String indicatorCode) {
        find(id);
        return responses.history(id, indicatorCode);
    }

    @Transactional
    public Assessment finalizeAssessment(long id) {
        return finalizeAssessment(id, null);
    }

    @Transactional
    public Assessment finalizeAssessment(long id, String author) {
        Assessment assessment = finalisable(id);
        if (assessment.isInReview()) {
            throw new ApiException(HttpStatus.CONFLICT, "status", Message.of("assessment.finalize.inReview"));
        }
        if (assessments.markFinal(id, clock.instant())) {
            assessments.recordChange(
                    id,
                    new AssessmentChange(clock.instant(), author, AssessmentChange.FINALIZED, null, null, null, null));
            audit.record("assessment.finalise", target(id), assessment.cityId(), "without review");
        }
        return find(id);
    }

    /** Makes a final assessment a draft again; the reason is kept in its history with who and when. */
    @Transactional
    public Assessment reopen(long id, String reason, String author) {
        Assessment assessment = finalisable(id);
        String why = blankToNull(reason);
        if (why == null) {
            throw new AssessmentRejectedException("reason", "assessment.reopen.reasonRequired");
        }
        TextLimit.REASON.check(why).ifPresent(tooLong -> {
            throw new AssessmentRejectedException(tooLong);
        });
        if (!assessments.reopen(id, clock.instant())) {
            throw new AssessmentRejectedException("status", "assessment.reopen.notFinal");
        }
        assessments.recordChange(
                id, new AssessmentChange(clock.instant(), author, AssessmentChange.REOPENED, null, null, null, why));
        audit.record("assessment.reopen", target(id), assessment.cityId(), "reason=" + why);
        return find(id);
    }

    /** An assessment's details as they should be; for a correction, null means "as it is" ({@code cityId} wins over {@code city}). */
    public record Details(String city, String country, Integer year, String title, String notes, Long cityId) {

        public Details(String city, String country, Integer year, String title, String notes) {
            this(city, country, year, title, notes, null);
        }
    }

    /**
     * Corrects city, country, year, title or notes of a draft: a null field stays as it is, a blank country, title
     * or notes is removed. Each changed field goes into the history with its old and new text.
     */
    @Transactional
    public Assessment correct(long id, Details correction, String author) {
        Assessment current = writable(id);
        current.refuseWhileInReview();
        if (current.isFinal()) {
            throw new AssessmentRejectedException("status", "assessment.correct.final");
        }
        if (correction.city() != null && correction.city().isBlank()) {
            throw new AssessmentRejectedException("city", "form.city.required");
        }
        Details next = new Details(
                correction.city() == null ? current.city() : correction.city().strip(),
                correction.country() == null ? current.country() : blankToNull(correction.country()),
                correction.year() == null ? current.year() : correction.year(),
                correction.title() == null ? current.title() : blankToNull(correction.title()),
                correction.notes() == null ? current.notes() : blankToNull(correction.notes()));
        checkTexts(new NewAssessment(
                current.scorecardId(), next.city(), next.country(), next.year(), next.title(), next.notes()));
        // a form sends the city's name back unchanged: it keeps the city even where the assessment's country is another
        City own = cities.find(current.cityId());
        City city = correction.cityId() == null
                        && (correction.city() == null || CityService.isNamed(own, correction.city()))
                ? own
                : cityOf(correction.cityId(), next.city(), next.country());
        checkWrite(city.id());
        if (correction.cityId() != null && correction.city() == null) {
            next = new Details(city.name(), next.country(), next.year(), next.title(), next.notes());
        }
        String[][] fields = {
            {"city", current.city(), city.name()},
            {"country", current.country(), next.country()},
            {"year", String.valueOf(current.year()), String.valueOf(next.year())},
            {"title", current.title(), next.title()},
            {"notes", current.notes(), next.notes()}
        };
        boolean changed = city.id() != current.cityId();
        List<String> corrected = new ArrayList<>();
        for (String[] field : fields) {
            if (!Objects.equals(field[1], field[2])) {
                corrected.add(field[0]);
                assessments.recordChange(
                        id,
                        new AssessmentChange(
                                clock.instant(),
                                author,
                                AssessmentChange.CORRECTED,
                                field[0],
                                field[1],
                                field[2],
                                null));
                changed = true;
            }
        }
        if (changed) {
            assessments.correct(id, next, city.id(), clock.instant());
            audit.record("assessment.edit", target(id), city.id(), "corrected=" + String.join(",", corrected));
        }
        return find(id);
    }

    /** What happened to the assessment itself (finalized, reopened, corrected), newest first. */
    public List<AssessmentChange> changes(long id) {
        find(id);
        return assessments.changes(id);
    }

    @Transactional
    public void delete(long id) {
        Assessment doomed = find(id);
        if (!reader.mayDelete(doomed.cityId())) {
            throw Reader.forbidden();
        }
        definitions.remove(id);
        if (!assessments.delete(id)) {
            throw new AssessmentNotFoundException(id);
        }
        audit.record(
                "assessment.delete",
                target(id),
                doomed.cityId(),
                "city=" + doomed.city() + " year=" + doomed.year() + " scorecard=" + doomed.scorecardId());
    }

    public boolean isEmpty() {
        return assessments.isEmpty();
    }

    /** The rules of the API and the form, for every way in: the year, and no text over its limit. */
    private static void checkTexts(NewAssessment request) {
        if (request.year() < FIRST_YEAR || request.year() > LAST_YEAR) {
            throw new AssessmentRejectedException("year", "form.year.range");
        }
        TextLimit.CITY
                .check(strip(request.city()))
                .or(() -> TextLimit.COUNTRY.check(strip(request.country())))
                .or(() -> TextLimit.TITLE.check(strip(request.title())))
                .or(() -> TextLimit.NOTES.check(strip(request.notes())))
                .ifPresent(tooLong -> {
                    throw new AssessmentRejectedException(tooLong);
                });
    }

    private static void checkTexts(ResponseValue value) {
        value.tooLong().ifPresent(tooLong -> {
            throw new AssessmentRejectedException(tooLong);
        });
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
