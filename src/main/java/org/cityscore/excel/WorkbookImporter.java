package org.cityscore.excel;

import static org.cityscore.excel.WorkbookLayout.SCORES;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.assessment.TypedNumber;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.Answer;
import org.cityscore.scoring.AnswerCheck;
import org.cityscore.scoring.AnswerProblem;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;

/**
 * Reads a filled Cityscore workbook and checks every row before anything is stored: all problems are reported
 * at once, each with its cell. Accepts what people type: a level as number or label, numbers stored as text,
 * full-width digits, trailing spaces, formulas, empty rows.
 */
public final class WorkbookImporter {

    // what people type for "not applicable": read as input, not shown, so these stay here
    // not user-facing: what people type for "not applicable", in English and Chinese workbooks
    private static final Set<String> YES = Set.of("n/a", "na", "x", "yes", "y", "true", "1", "是", "不适用");

    /** Reads the workbook; {@code definitions} finds a scorecard by id and version. */
    public ParsedWorkbook read(byte[] file, BiFunction<String, String, Optional<ScorecardDefinition>> definitions) {
        try (XSSFWorkbook workbook = WorkbookFile.open(file)) {
            return read(workbook, definitions);
        } catch (WorkbookFile.Unreadable e) {
            return failed(e.problem());
        } catch (IOException e) {
            return failed(
                    ImportProblem.ofFile(Message.of("import.refused.unreadable", String.valueOf(e.getMessage()))));
        }
    }

    ParsedWorkbook read(XSSFWorkbook workbook, BiFunction<String, String, Optional<ScorecardDefinition>> definitions) {
        Sheet sheet = workbook.getSheet(SCORES);
        if (sheet == null) {
            return failed(ImportProblem.ofFile(Message.of("import.problem.noScoresSheet", SCORES)));
        }
        if (sheet.getLastRowNum() > WorkbookLayout.FIRST_DATA_ROW + WorkbookLayout.MAX_DATA_ROWS) {
            return failed(ImportProblem.at(
                    SCORES, null, null, Message.of("import.problem.tooManyRows", sheet.getLastRowNum() + 1)));
        }
        CellReader cells = new CellReader(workbook.getCreationHelper().createFormulaEvaluator());
        String id = meta(cells, sheet, 0);
        String version = meta(cells, sheet, 1);
        Optional<ScorecardDefinition> definition = id == null ? Optional.empty() : definitions.apply(id, version);
        if (definition.isEmpty()) {
            return failed(ImportProblem.at(
                    SCORES,
                    WorkbookLayout.cell(SCORES, WorkbookLayout.META_FIRST_ROW, 1),
                    null,
                    Message.of("import.problem.unknownScorecard", id, version)));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Integer year = year(cells, sheet, problems);
        String city = meta(cells, sheet, 2, TextLimit.CITY, problems);
        String country = meta(cells, sheet, 3, TextLimit.COUNTRY, problems);
        String title = meta(cells, sheet, 6, TextLimit.TITLE, problems);
        Map<String, ResponseValue> answers = rows(cells, sheet, definition.get(), problems);
        return new ParsedWorkbook(id, version, city, country, year, title, answers, problems);
    }

    private static Map<String, ResponseValue> rows(
            CellReader cells, Sheet sheet, ScorecardDefinition definition, List<ImportProblem> problems) {
        Map<String, ResponseValue> answers = new LinkedHashMap<>();
        Map<String, String> firstCell = new LinkedHashMap<>();
        for (int r = WorkbookLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            try {
                String code = cells.text(row, WorkbookLayout.CODE);
                if (code == null) {
                    if (hasAnswer(cells, row)) {
                        problems.add(ImportProblem.at(
                                SCORES,
                                WorkbookLayout.cell(SCORES, r, WorkbookLayout.CODE),
                                null,
                                Message.of("import.problem.noCode")));
                    }
                    continue;
                }
                Optional<Indicator> indicator = definition.indicator(code);
                String here = WorkbookLayout.cell(SCORES, r, WorkbookLayout.CODE);
                if (indicator.isEmpty()) {
                    problems.add(ImportProblem.at(
                            SCORES,
                            here,
                            code,
                            Message.of(
                                    "import.problem.unknownIndicator", code, definition.id(), definition.version())));
                } else if (firstCell.putIfAbsent(code, here) != null) {
                    problems.add(ImportProblem.at(
                            SCORES,
                            here,
                            code,
                            Message.of("import.problem.duplicate", code, firstCell.get(code), here)));
                } else {
                    ResponseValue value = answer(cells, row, r, indicator.get(), definition, problems);
                    if (value != null && !value.isBlank()) {
                        answers.put(code, value);
                    }
                }
            } catch (CellReader.FormulaProblem e) {
                problems.add(ImportProblem.at(SCORES, WorkbookLayout.cell(SCORES, r, 0), null, e.text()));
            }
        }
        return answers;
    }

    private static ResponseValue answer(
            CellReader cells,
            Row row,
            int r,
            Indicator indicator,
            ScorecardDefinition definition,
            List<ImportProblem> problems) {
        String code = indicator.code();
        int before = problems.size();
        Integer level = null;
        String levelText = cells.text(row, WorkbookLayout.LEVEL);
        if (levelText != null && !indicator.isMeasured()) {
            level = LevelText.read(definition, levelText);
            if (level == null) {
                problems.add(ImportProblem.at(
                        SCORES,
                        WorkbookLayout.cell(SCORES, r, WorkbookLayout.LEVEL),
                        code,
                        Message.of(
                                "import.problem.level",
                                CellReader.shown(levelText),
                                code,
                                definition.scale().range())));
            }
        }
        BigDecimal value = null;
        String valueText = cells.text(row, WorkbookLayout.VALUE);
        if (valueText != null) {
            try {
                value = TypedNumber.parse(valueText);
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.at(
                        SCORES,
                        WorkbookLayout.cell(SCORES, r, WorkbookLayout.VALUE),
                        code,
                        Message.of("import.problem.number", CellReader.shown(valueText))));
            }
        }
        String na = cells.text(row, WorkbookLayout.NOT_APPLICABLE);
        boolean notApplicable = na != null && YES.contains(na.toLowerCase(Locale.ROOT));
        String comment = cells.text(row, WorkbookLayout.COMMENT, TextLimit.COMMENT, code, problems);
        String evidence = cells.text(row, WorkbookLayout.EVIDENCE, TextLimit.EVIDENCE, code, problems);
        String action = cells.text(row, WorkbookLayout.ACTION, TextLimit.ACTION, code, problems);
        String responsible = cells.text(row, WorkbookLayout.RESPONSIBLE, TextLimit.RESPONSIBLE, code, problems);
        String timescale = cells.text(row, WorkbookLayout.TIMESCALE, TextLimit.TIMESCALE, code, problems);
        if (problems.size() > before) {
            return null;
        }
        ResponseValue answer = new ResponseValue(
                notApplicable ? null : level,
                notApplicable ? null : value,
                notApplicable,
                comment,
                evidence,
                action,
                responsible,
                timescale);
        AnswerProblem problem =
                AnswerCheck.problem(definition, new Answer(code, answer.level(), answer.value(), notApplicable));
        if (problem != null) {
            int column = notApplicable
                    ? WorkbookLayout.NOT_APPLICABLE
                    : value != null ? WorkbookLayout.VALUE : WorkbookLayout.LEVEL;
            problems.add(ImportProblem.at(SCORES, WorkbookLayout.cell(SCORES, r, column), code, text(problem)));
            return null;
        }
        return answer;
    }

    private static boolean hasAnswer(CellReader cells, Row row) {
        for (int column = WorkbookLayout.LEVEL; column < WorkbookLayout.COLUMNS; column++) {
            if (column != WorkbookLayout.UNIT && cells.text(row, column) != null) {
                return true;
            }
        }
        return false;
    }

    private static String meta(CellReader cells, Sheet sheet, int index) {
        return cells.text(sheet.getRow(WorkbookLayout.META_FIRST_ROW + index), 1);
    }

    private static String meta(
            CellReader cells, Sheet sheet, int index, TextLimit limit, List<ImportProblem> problems) {
        Row row = sheet.getRow(WorkbookLayout.META_FIRST_ROW + index);
        return row == null ? null : cells.text(row, 1, limit, null, problems);
    }

    private static Integer year(CellReader cells, Sheet sheet, List<ImportProblem> problems) {
        String text = meta(cells, sheet, 4);
        if (text == null) {
            return null;
        }
        String cell = WorkbookLayout.cell(SCORES, WorkbookLayout.META_FIRST_ROW + 4, 1);
        Integer year;
        try {
            year = TypedNumber.parse(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            year = null;
        }
        if (year == null || year < AssessmentService.FIRST_YEAR || year > AssessmentService.LAST_YEAR) {
            String shown = CellReader.shown(text);
            problems.add(ImportProblem.at(
                    SCORES,
                    cell,
                    null,
                    Message.of(
                            "import.problem.yearRange",
                            shown,
                            AssessmentService.FIRST_YEAR,
                            AssessmentService.LAST_YEAR)));
            return null;
        }
        return year;
    }

    /** The one place that reads an {@link AnswerProblem}'s text; the answer check of one indicator always gives a key. */
    private static Message text(AnswerProblem problem) {
        return problem.text();
    }

    private static ParsedWorkbook failed(ImportProblem problem) {
        return new ParsedWorkbook(null, null, null, null, null, null, Map.of(), List.of(problem));
    }
}
