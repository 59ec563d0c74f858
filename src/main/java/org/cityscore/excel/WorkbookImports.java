package org.cityscore.excel;

import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.Response;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scorecard.ScorecardDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Imports filled workbooks into assessments, all or nothing, and exports templates and filled workbooks. */
@Service
public class WorkbookImports {

    private final AssessmentService assessments;
    private final ScorecardCatalog catalog;
    private final WorkbookImporter importer = new WorkbookImporter();
    private final WorkbookExporter exporter = new WorkbookExporter();

    WorkbookImports(AssessmentService assessments, ScorecardCatalog catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    /** Creates an assessment from a workbook; {@code year} is used when the workbook gives none. */
    @Transactional
    public Assessment importNew(byte[] file, Integer year, String author) {
        ParsedWorkbook parsed = importer.read(file, (id, version) -> version == null ? catalog.find(id) : catalog.find(id, version));
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Integer chosenYear = parsed.year() != null ? parsed.year() : year;
        if (parsed.isValid() && parsed.city() == null) {
            problems.add(ImportProblem.at(WorkbookLayout.SCORES, WorkbookLayout.cell(WorkbookLayout.SCORES, WorkbookLayout.META_FIRST_ROW + 2, 1),
                    null, "Type the city's name next to \"City\"."));
        }
        if (parsed.isValid() && chosenYear == null) {
            problems.add(ImportProblem.at(WorkbookLayout.SCORES, WorkbookLayout.cell(WorkbookLayout.SCORES, WorkbookLayout.META_FIRST_ROW + 4, 1),
                    null, "Type the year of the assessment next to \"Year\", or give the year parameter."));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Assessment created = assessments.create(new AssessmentService.NewAssessment(parsed.scorecardId(), parsed.scorecardVersion(),
                parsed.city(), parsed.country(), chosenYear, null, null), false);
        assessments.importAnswers(created.id(), parsed.answers(), author);
        return assessments.find(created.id());
    }

    /** Updates an assessment from a workbook made for the same scorecard and version. */
    @Transactional
    public Assessment importInto(long id, byte[] file, String author) {
        Assessment assessment = assessments.find(id);
        ScorecardDefinition own = assessments.definitionOf(id);
        ParsedWorkbook parsed = importer.read(file, (scorecard, version) -> scorecard.equals(own.id()) && own.version().equals(version)
                ? Optional.of(own) : catalog.find(scorecard, version == null ? "" : version));
        if (parsed.isValid() && (!own.id().equals(parsed.scorecardId()) || !own.version().equals(parsed.scorecardVersion()))) {
            throw new ImportRejectedException(List.of(ImportProblem.at(WorkbookLayout.SCORES,
                    WorkbookLayout.cell(WorkbookLayout.SCORES, WorkbookLayout.META_FIRST_ROW, 1), null,
                    "This workbook is for " + parsed.scorecardId() + " version " + parsed.scorecardVersion() + ", but the assessment uses "
                            + own.id() + " version " + own.version() + ". Export the workbook of this assessment and fill that in.")));
        }
        if (!parsed.isValid()) {
            throw new ImportRejectedException(parsed.problems());
        }
        if (assessment.isFinal()) {
            throw new ImportRejectedException(List.of(ImportProblem.ofFile("This assessment is final and can no longer be changed.")));
        }
        assessments.importAnswers(id, parsed.answers(), author);
        return assessments.find(id);
    }

    public byte[] template(ScorecardDefinition definition, String lang) {
        return write(definition, WorkbookExporter.Metadata.BLANK, Map.of(), lang);
    }

    public byte[] workbook(long id, String lang) {
        Assessment assessment = assessments.find(id);
        Map<String, WorkbookExporter.Prefill> answers = new LinkedHashMap<>();
        for (Response response : assessments.scored(id).responses()) {
            answers.put(response.indicatorCode(), new WorkbookExporter.Prefill(response.level(), response.value(), response.notApplicable(),
                    response.comment(), response.evidence(), response.action(), response.responsible(), response.timescale()));
        }
        return write(assessments.definitionOf(id), new WorkbookExporter.Metadata(assessment.city(), assessment.country(),
                assessment.year(), assessment.id()), answers, lang);
    }

    private byte[] write(ScorecardDefinition definition, WorkbookExporter.Metadata metadata,
                         Map<String, WorkbookExporter.Prefill> answers, String lang) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(definition, metadata, answers, lang, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
