package org.cityscore.archive;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cityscore.archive.Archive.ArchivedAgreement;
import org.cityscore.archive.Archive.ArchivedAnswer;
import org.cityscore.archive.Archive.ArchivedAssessment;
import org.cityscore.archive.Archive.ArchivedChange;
import org.cityscore.archive.Archive.ArchivedGroup;
import org.cityscore.archive.Archive.ArchivedHistory;
import org.cityscore.archive.Archive.ArchivedParticipant;
import org.cityscore.archive.Archive.ArchivedResponse;
import org.cityscore.archive.Archive.ArchivedReviewComment;
import org.cityscore.archive.Archive.ArchivedWorkshop;
import org.cityscore.archive.Archive.Manifest;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ScorecardParser;
import org.cityscore.scoring.Answer;
import org.cityscore.scoring.AnswerCheck;
import org.cityscore.scoring.AnswerProblem;
import org.cityscore.system.TextLimit;

/**
 * Everything an import needs checked before it writes a row: the format version, the scorecard, every required
 * field (named with its file and place), every answer against the archive's own scorecard, and the lengths the
 * database holds. Throws the first {@link ArchiveProblem}; returns the scorecard the archive was made with.
 */
final class ArchiveCheck {

    private static final Set<String> STATUSES = Set.of("draft", "in_review", "final");
    private static final Set<String> ACTIONS =
            Set.of("finalized", "reopened", "corrected", "submitted", "returned", "approved");

    private ArchiveCheck() {}

    static ScorecardDefinition check(Archive archive) {
        manifest(archive.manifest());
        assessment(archive.assessment());
        ScorecardDefinition definition = scorecard(archive);
        List<ArchivedResponse> responses = archive.responses();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            response(definition, responses.get(i), Archive.RESPONSES + "[" + i + "]", answered);
        }
        List<ArchivedWorkshop> workshops = archive.workshops();
        for (int i = 0; i < workshops.size(); i++) {
            workshop(definition, workshops.get(i), Archive.WORKSHOPS + "[" + i + "]");
        }
        List<ArchivedReviewComment> reviews = archive.reviews();
        Set<String> commented = new HashSet<>();
        for (int i = 0; i < reviews.size(); i++) {
            review(definition, reviews.get(i), Archive.REVIEWS + "[" + i + "]", commented);
        }
        return definition;
    }

    private static void manifest(Manifest manifest) {
        String at = Archive.MANIFEST;
        required(at, "format", manifest.format());
        Integer version = required(at, "formatVersion", manifest.formatVersion());
        if (!Archive.FORMAT.equals(manifest.format()) || version != Archive.FORMAT_VERSION) {
            throw new ArchiveProblem(
                    at + ".formatVersion", "archive.formatVersion", manifest.format(), version, Archive.FORMAT_VERSION);
        }
        length(at, "archiveId", required(at, "archiveId", manifest.archiveId()), 100);
    }

    private static void assessment(ArchivedAssessment assessment) {
        String at = Archive.ASSESSMENT;
        required(at, "scorecardId", assessment.scorecardId());
        required(at, "scorecardVersion", assessment.scorecardVersion());
        length(at, "city", required(at, "city", assessment.city()), 200);
        length(at, "cityName", assessment.cityName(), 200);
        length(at, "country", assessment.country(), 200);
        int year = required(at, "year", assessment.year());
        if (year < AssessmentService.FIRST_YEAR || year > AssessmentService.LAST_YEAR) {
            throw new ArchiveProblem(at + ".year", "archive.year", at, year);
        }
        length(at, "title", assessment.title(), 300);
        length(at, "notes", assessment.notes(), 20_000);
        oneOf(at, "status", required(at, "status", assessment.status()), STATUSES);
        required(at, "createdAt", assessment.createdAt());
        required(at, "updatedAt", assessment.updatedAt());
        List<ArchivedChange> changes = list(at, "changes", assessment.changes());
        for (int i = 0; i < changes.size(); i++) {
            String where = at + ".changes[" + i + "]";
            ArchivedChange change = changes.get(i);
            required(where, "changedAt", change.changedAt());
            oneOf(where, "action", required(where, "action", change.action()), ACTIONS);
            length(where, "changedBy", change.changedBy(), 200);
            length(where, "field", change.field(), 20);
            length(where, "oldValue", change.oldValue(), 20_000);
            length(where, "newValue", change.newValue(), 20_000);
            length(where, "reason", change.reason(), 2_000);
        }
    }

    /** The archive's scorecard, read as this Cityscore reads scorecards, and the one the assessment names. */
    private static ScorecardDefinition scorecard(Archive archive) {
        ScorecardParser.Outcome outcome =
                new ScorecardParser().parse(Archive.SCORECARD, new StringReader(archive.scorecard()));
        if (!outcome.isValid()) {
            var problem = outcome.problems().get(0);
            throw new ArchiveProblem(problem.where(), problem.text());
        }
        ScorecardDefinition definition = outcome.definition();
        ArchivedAssessment assessment = archive.assessment();
        if (!definition.id().equals(assessment.scorecardId())
                || !definition.version().equals(assessment.scorecardVersion())) {
            throw new ArchiveProblem(
                    Archive.SCORECARD,
                    "archive.scorecard.mismatch",
                    definition.id(),
                    definition.version(),
                    assessment.scorecardId(),
                    assessment.scorecardVersion());
        }
        return definition;
    }

    private static void response(
            ScorecardDefinition definition, ArchivedResponse response, String at, Set<String> answered) {
        String code = required(at, "indicatorCode", response.indicatorCode());
        if (!answered.add(code)) {
            throw new ArchiveProblem(at + ".indicatorCode", "archive.twice", at, code);
        }
        if (required(at, "version", response.version()) < 1) {
            throw new ArchiveProblem(at + ".version", "archive.version", at);
        }
        required(at, "updatedAt", response.updatedAt());
        length(at, "updatedBy", response.updatedBy(), 200);
        value(definition, code, response.content(), at);
        List<ArchivedHistory> history = list(at, "history", response.history());
        for (int i = 0; i < history.size(); i++) {
            String where = at + ".history[" + i + "]";
            ArchivedHistory entry = history.get(i);
            required(where, "version", entry.version());
            required(where, "changedAt", entry.changedAt());
            length(where, "changedBy", entry.changedBy(), 200);
            value(definition, code, required(where, "newValue", entry.newValue()), where + ".newValue");
            if (entry.oldValue() != null) {
                value(definition, code, entry.oldValue(), where + ".oldValue");
            }
        }
    }

    private static void value(ScorecardDefinition definition, String code, ResponseValue value, String at) {
        answer(definition, new Answer(code, value.level(), value.value(), value.notApplicable()), at);
        value.tooLong().ifPresent(tooLong -> {
            throw new ArchiveProblem(at + "." + tooLong.field(), tooLong.text());
        });
    }

    private static void answer(ScorecardDefinition definition, Answer answer, String at) {
        AnswerProblem problem = AnswerCheck.problem(definition, answer);
        if (problem != null) {
            throw new ArchiveProblem(at + "." + fieldOf(problem), problem.text());
        }
    }

    /** The field an answer's problem is about, from the kind of problem. */
    private static String fieldOf(AnswerProblem problem) {
        String code = problem.text().code();
        if (code.contains("Indicator") || code.contains("twice")) {
            return "indicatorCode";
        }
        if (code.contains(".na")) {
            return "notApplicable";
        }
        return code.contains("level") || code.contains("Level") ? "level" : "value";
    }

    private static void workshop(ScorecardDefinition definition, ArchivedWorkshop workshop, String at) {
        required(at, "open", workshop.open());
        required(at, "createdAt", workshop.createdAt());
        Set<Integer> keys = new HashSet<>();
        List<ArchivedGroup> groups = list(at, "groups", workshop.groups());
        for (int i = 0; i < groups.size(); i++) {
            String where = at + ".groups[" + i + "]";
            ArchivedGroup group = groups.get(i);
            if (!keys.add(required(where, "key", group.key()))) {
                throw new ArchiveProblem(where + ".key", "archive.twice", where, group.key());
            }
            length(where, "name", required(where, "name", group.name()), 200);
            length(where, "categories", String.join("\n", list(where, "categories", group.categories())), 4_000);
        }
        List<ArchivedParticipant> participants = list(at, "participants", workshop.participants());
        for (int i = 0; i < participants.size(); i++) {
            participant(definition, participants.get(i), at + ".participants[" + i + "]", keys);
        }
        List<ArchivedAgreement> agreements = list(at, "agreements", workshop.agreements());
        for (int i = 0; i < agreements.size(); i++) {
            String where = at + ".agreements[" + i + "]";
            ArchivedAgreement agreement = agreements.get(i);
            String code = required(where, "indicatorCode", agreement.indicatorCode());
            required(where, "agreedAt", agreement.agreedAt());
            length(where, "rationale", agreement.rationale(), 20_000);
            length(where, "agreedBy", agreement.agreedBy(), 100);
            answer(
                    definition,
                    new Answer(code, agreement.level(), null, Boolean.TRUE.equals(agreement.notApplicable())),
                    where);
        }
    }

    private static void review(
            ScorecardDefinition definition, ArchivedReviewComment comment, String at, Set<String> commented) {
        int round = required(at, "round", comment.round());
        if (round < 1) {
            throw new ArchiveProblem(at + ".round", "archive.version", at);
        }
        String code = required(at, "indicatorCode", comment.indicatorCode());
        if (definition.indicator(code).isEmpty()) {
            throw new ArchiveProblem(at + ".indicatorCode", "indicator.unknown", code);
        }
        if (!commented.add(round + "/" + code)) {
            throw new ArchiveProblem(at + ".indicatorCode", "archive.twice", at, code);
        }
        length(at, "comment", required(at, "comment", comment.comment()), TextLimit.Max.COMMENT);
        length(at, "reviewer", comment.reviewer(), 200);
        required(at, "commentedAt", comment.commentedAt());
        length(at, "reply", comment.reply(), TextLimit.Max.COMMENT);
        length(at, "repliedBy", comment.repliedBy(), 200);
    }

    private static void participant(
            ScorecardDefinition definition, ArchivedParticipant participant, String at, Set<Integer> groups) {
        length(at, "name", required(at, "name", participant.name()), 200);
        length(at, "department", participant.department(), 200);
        required(at, "joinedAt", participant.joinedAt());
        if (participant.group() != null && !groups.contains(participant.group())) {
            throw new ArchiveProblem(at + ".group", "archive.noGroup", at, participant.group());
        }
        length(at, "gender", participant.gender(), 30);
        length(at, "ageBand", participant.ageBand(), 30);
        length(at, "sector", participant.sector(), 30);
        List<ArchivedAnswer> answers = list(at, "answers", participant.answers());
        for (int i = 0; i < answers.size(); i++) {
            String where = at + ".answers[" + i + "]";
            ArchivedAnswer answer = answers.get(i);
            String code = required(where, "indicatorCode", answer.indicatorCode());
            required(where, "updatedAt", answer.updatedAt());
            ResponseValue value = new ResponseValue(
                    answer.level(),
                    answer.value(),
                    Boolean.TRUE.equals(answer.notApplicable()),
                    answer.comment(),
                    answer.evidence(),
                    null,
                    null,
                    null);
            value(definition, code, value, where);
        }
    }

    private static <T> T required(String at, String field, T value) {
        if (value == null) {
            throw new ArchiveProblem(at + "." + field, "archive.missingField", at, field);
        }
        return value;
    }

    private static <T> List<T> list(String at, String field, List<T> value) {
        return value == null ? List.of() : value;
    }

    private static void length(String at, String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new ArchiveProblem(at + "." + field, "archive.tooLong", at + "." + field, max);
        }
    }

    private static void oneOf(String at, String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new ArchiveProblem(
                    at + "." + field, "archive.unknownValue", at + "." + field, value, String.join(", ", allowed));
        }
    }
}
