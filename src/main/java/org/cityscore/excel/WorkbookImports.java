package org.cityscore.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.Response;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.cityscore.workshop.AnswerBy;
import org.cityscore.workshop.ParticipantAnswer;
import org.cityscore.workshop.WorkshopService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports filled workbooks into assessments, all or nothing, and exports templates and filled workbooks. */
@Service
public class WorkbookImports {

    private final AssessmentService assessments;
    private final ScorecardCatalog catalog;
    private final WorkbookImporter importer = new WorkbookImporter();
    private final WorkbookExporter exporter;
    private final Messages messages;

    private final WorkshopService workshops;

    WorkbookImports(
            AssessmentService assessments, ScorecardCatalog catalog, WorkshopService workshops, Messages messages) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.workshops = workshops;
        this.messages = messages;
        this.exporter = new WorkbookExporter(messages);
    }

    /** What an import stored, and for the official UNDRR workbook which questions it found. */
    public record Imported(Assessment assessment, ImportReport report) {}

    /** Which questions were found, missing or unanswered, and the workbook's own total beside Cityscore's. */
    public record ImportReport(
            String layout,
            int answered,
            List<String> found,
            List<String> missing,
            List<String> unanswered,
            Integer workbookTotal,
            String total) {}

    /** Creates an assessment from a workbook (Cityscore's own, or the official UNDRR preliminary one). */
    @Transactional
    public Imported importNew(byte[] file, Integer year, String author) {
        return importNew(file, year, author, false);
    }

    /** As {@link #importNew(byte[], Integer, String)}; {@code illustrative} marks sample data with invented scores. */
    @Transactional
    public Imported importNew(byte[] file, Integer year, String author, boolean illustrative) {
        try (XSSFWorkbook workbook = WorkbookFile.open(file)) {
            if (UndrrWorkbookImporter.looksLikeOfficial(workbook)) {
                return importOfficialUndrr(workbook, year, author, illustrative);
            }
            Assessment created = importTemplate(
                    importer.read(
                            workbook, (id, version) -> version == null ? catalog.find(id) : catalog.find(id, version)),
                    year,
                    author,
                    illustrative);
            return new Imported(created, report("cityscore", created.id(), List.of(), List.of(), List.of(), null));
        } catch (WorkbookFile.Unreadable e) {
            throw rejected(List.of(e.problem()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Imported importOfficialUndrr(XSSFWorkbook workbook, Integer year, String author, boolean illustrative) {
        ScorecardDefinition undrr = catalog.find("undrr-preliminary")
                .orElseThrow(() -> rejected(List.of(ImportProblem.ofFile(Message.of("import.undrr.noScorecard")))));
        UndrrWorkbookImporter.Result read = new UndrrWorkbookImporter().read(workbook, undrr);
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        Integer chosenYear = read.year() != null ? read.year() : year;
        if (read.city() == null) {
            problems.add(ImportProblem.at(UndrrWorkbookImporter.INFO, null, null, Message.of("import.undrr.city")));
        }
        if (chosenYear == null) {
            problems.add(ImportProblem.at(UndrrWorkbookImporter.INFO, null, null, Message.of("import.undrr.year")));
        }
        yearInRange(year, problems);
        if (read.found().isEmpty()) {
            problems.add(ImportProblem.ofFile(Message.of("import.undrr.noQuestions")));
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        Assessment created = assessments.create(
                new AssessmentService.NewAssessment(
                        undrr.id(), undrr.version(), read.city(), read.country(), chosenYear, "UNDRR workbook", null),
                illustrative);
        assessments.importAnswers(created.id(), read.answers(), author);
        return new Imported(
                assessments.find(created.id()),
                report(
                        "undrr-official",
                        created.id(),
                        read.found(),
                        read.missing(),
                        read.unanswered(),
                        read.workbookTotal()));
    }

    private ImportReport report(
            String layout,
            long id,
            List<String> found,
            List<String> missing,
            List<String> unanswered,
            Integer workbookTotal) {
        var result = assessments.scored(id).result();
        return new ImportReport(
                layout,
                result.completeness().answered() + result.completeness().notApplicable(),
                found,
                missing,
                unanswered,
                workbookTotal,
                result.points().label());
    }

    private Assessment importTemplate(ParsedWorkbook parsed, Integer year, String author, boolean illustrative) {
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Integer chosenYear = parsed.year() != null ? parsed.year() : year;
        if (parsed.isValid() && parsed.city() == null) {
            problems.add(ImportProblem.at(
                    WorkbookLayout.SCORES,
                    WorkbookLayout.cell(WorkbookLayout.SCORES, WorkbookLayout.META_FIRST_ROW + 2, 1),
                    null,
                    Message.of("import.problem.city")));
        }
        if (parsed.isValid() && chosenYear == null) {
            problems.add(ImportProblem.at(
                    WorkbookLayout.SCORES,
                    WorkbookLayout.cell(WorkbookLayout.SCORES, WorkbookLayout.META_FIRST_ROW + 4, 1),
                    null,
                    Message.of("import.problem.yearMissing")));
        }
        yearInRange(year, problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        Assessment created = assessments.create(
                new AssessmentService.NewAssessment(
                        parsed.scorecardId(),
                        parsed.scorecardVersion(),
                        parsed.city(),
                        parsed.country(),
                        chosenYear,
                        parsed.title(),
                        null),
                illustrative);
        assessments.importAnswers(created.id(), parsed.answers(), author);
        return assessments.find(created.id());
    }

    /** The year parameter, when given, follows the rule of the workbook's own year cell (which its reader checks), even where the workbook names its year. */
    private static void yearInRange(Integer year, List<ImportProblem> problems) {
        if (year != null && (year < AssessmentService.FIRST_YEAR || year > AssessmentService.LAST_YEAR)) {
            problems.add(new ImportProblem(
                    "year",
                    null,
                    null,
                    null,
                    Message.of(
                            "import.problem.yearParameter",
                            AssessmentService.FIRST_YEAR,
                            AssessmentService.LAST_YEAR,
                            year)));
        }
    }

    /** Updates an assessment from a workbook made for the same scorecard and version. */
    @Transactional
    public Assessment importInto(long id, byte[] file, String author) {
        Assessment assessment = assessments.find(id);
        ScorecardDefinition own = assessments.definitionOf(id);
        ParsedWorkbook parsed = importer.read(
                file,
                (scorecard, version) ->
                        scorecard.equals(own.id()) && own.version().equals(version)
                                ? Optional.of(own)
                                : catalog.find(scorecard, version == null ? "" : version));
        if (parsed.isValid()
                && (!own.id().equals(parsed.scorecardId()) || !own.version().equals(parsed.scorecardVersion()))) {
            throw rejected(List.of(ImportProblem.at(
                    WorkbookLayout.SCORES,
                    WorkbookLayout.cell(WorkbookLayout.SCORES, WorkbookLayout.META_FIRST_ROW, 1),
                    null,
                    Message.of(
                            "import.problem.otherScorecard",
                            parsed.scorecardId(),
                            parsed.scorecardVersion(),
                            own.id(),
                            own.version()))));
        }
        if (!parsed.isValid()) {
            throw rejected(parsed.problems());
        }
        assessment.refuseWhileInReview();
        if (assessment.isFinal()) {
            throw rejected(List.of(ImportProblem.ofFile(Message.of("import.problem.final"))));
        }
        assessments.importAnswers(id, parsed.answers(), author);
        return assessments.find(id);
    }

    private ImportRejectedException rejected(List<ImportProblem> problems) {
        return new ImportRejectedException(problems, messages);
    }

    public byte[] template(ScorecardDefinition definition, String lang) {
        return write(definition, WorkbookExporter.Metadata.BLANK, Map.of(), List.of(), lang);
    }

    public byte[] workbook(long id, String lang) {
        Assessment assessment = assessments.find(id);
        Map<String, WorkbookExporter.Prefill> answers = new LinkedHashMap<>();
        for (Response response : assessments.scored(id).responses()) {
            answers.put(
                    response.indicatorCode(),
                    new WorkbookExporter.Prefill(
                            response.level(),
                            response.value(),
                            response.notApplicable(),
                            response.comment(),
                            response.evidence(),
                            response.action(),
                            response.responsible(),
                            response.timescale()));
        }
        return write(
                assessments.definitionOf(id),
                new WorkbookExporter.Metadata(
                        assessment.city(),
                        assessment.country(),
                        assessment.year(),
                        assessment.id(),
                        assessment.title()),
                answers,
                workshops.commentsFor(id),
                lang);
    }

    /** A workshop participant's own answers as a workbook, to keep or to fill offline. */
    public byte[] participantWorkbook(
            long assessmentId, String participant, List<ParticipantAnswer> answers, String lang) {
        Assessment assessment = assessments.find(assessmentId);
        Map<String, WorkbookExporter.Prefill> prefill = new LinkedHashMap<>();
        for (var answer : answers) {
            prefill.put(
                    answer.indicatorCode(),
                    new WorkbookExporter.Prefill(
                            answer.level(),
                            answer.value(),
                            answer.notApplicable(),
                            answer.comment(),
                            answer.evidence(),
                            null,
                            null,
                            null));
        }
        return write(
                assessments.definitionOf(assessmentId),
                new WorkbookExporter.Metadata(
                        assessment.city(), assessment.country(), assessment.year(), null, participant),
                prefill,
                List.of(),
                lang);
    }

    private byte[] write(
            ScorecardDefinition definition,
            WorkbookExporter.Metadata metadata,
            Map<String, WorkbookExporter.Prefill> answers,
            List<AnswerBy> comments,
            String lang) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(definition, metadata, answers, comments, lang, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
