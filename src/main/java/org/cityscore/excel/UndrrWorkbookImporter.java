package org.cityscore.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;

/**
 * Reads the official UNDRR preliminary scorecard workbook (.xlsm) as cities fill it: city, country and date from
 * "Info", the chosen answer of each question from the E sheets (score = 4 − answer index; blank = missing), and
 * comments, evidence and action plans where present. Questions are found by their codes, not by fixed rows.
 * Macros are never run: only cell values are read. The English sheet names and labels matched here ("Info", "City name",
 * "Date of assessment", "TotalScore", "Comment", …) are the official workbook's format, not texts Cityscore shows.
 */
final class UndrrWorkbookImporter {

    static final String INFO = "Info";
    private static final Pattern TITLE = Pattern.compile("^(P\\d+\\.\\d+)\\s*[-–—]\\s*.*");
    private static final Pattern ESSENTIAL_SHEET = Pattern.compile("E\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final int TITLE_COLUMN = 1;
    private static final int TEXT_COLUMN = 2;
    private static final int ANSWER_COLUMN = 4;
    private static final int ANSWER_OFFSET = 4;
    private static final int BLOCK = 11;

    /** What the workbook holds, and which of the scorecard's questions were found, answered or not. */
    record Result(
            String city,
            String country,
            Integer year,
            Map<String, ResponseValue> answers,
            List<String> found,
            List<String> missing,
            List<String> unanswered,
            Integer workbookTotal,
            List<ImportProblem> problems) {}

    static boolean looksLikeOfficial(XSSFWorkbook workbook) {
        if (workbook.getSheet(INFO) == null) {
            return false;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (ESSENTIAL_SHEET.matcher(workbook.getSheetName(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    Result read(XSSFWorkbook workbook, ScorecardDefinition definition) {
        CellReader cells = new CellReader(workbook.getCreationHelper().createFormulaEvaluator());
        List<ImportProblem> problems = new ArrayList<>();
        Sheet info = workbook.getSheet(INFO);
        Map<String, ResponseValue> answers = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (ESSENTIAL_SHEET.matcher(sheet.getSheetName()).matches()) {
                readEssential(sheet, cells, definition, answers, found, unanswered, problems);
            }
        }
        List<String> missing = definition
                .indicators()
                .map(indicator -> indicator.code())
                .filter(code -> !found.contains(code))
                .toList();
        return new Result(
                labelled(info, cells, "City name", TextLimit.CITY, problems),
                labelled(info, cells, "Country", TextLimit.COUNTRY, problems),
                year(info, problems),
                answers,
                found,
                missing,
                unanswered,
                workbookTotal(workbook.getSheet("Results")),
                problems);
    }

    /**
     * The workbook's own total: the sum of the "TotalScore" column of the Results summary, from the values Excel
     * saved. Null when there is no such table or a program saved the file without computing its formulas.
     */
    static Integer workbookTotal(Sheet results) {
        if (results == null) {
            return null;
        }
        for (Row row : results) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && "TotalScore"
                                .equalsIgnoreCase(cell.getStringCellValue().strip())) {
                    return sumBelow(results, row.getRowNum(), cell.getColumnIndex());
                }
            }
        }
        return null;
    }

    private static Integer sumBelow(Sheet sheet, int headerRow, int column) {
        int total = 0;
        boolean any = false;
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                break;
            }
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type != CellType.NUMERIC) {
                return null;
            }
            total += (int) Math.round(cell.getNumericCellValue());
            any = true;
        }
        return any ? total : null;
    }

    private static void readEssential(
            Sheet sheet,
            CellReader cells,
            ScorecardDefinition definition,
            Map<String, ResponseValue> answers,
            List<String> found,
            List<String> unanswered,
            List<ImportProblem> problems) {
        for (Row row : sheet) {
            String title = cells.text(row, TITLE_COLUMN);
            Matcher matcher = title == null ? null : TITLE.matcher(title);
            if (matcher == null
                    || !matcher.matches()
                    || definition.indicator(matcher.group(1)).isEmpty()
                    || found.contains(matcher.group(1))) {
                continue;
            }
            String code = matcher.group(1);
            found.add(code);
            int answerRow = row.getRowNum() + ANSWER_OFFSET;
            String chosen = cells.text(sheet.getRow(answerRow), ANSWER_COLUMN);
            if (chosen == null) {
                unanswered.add(code);
                continue;
            }
            Integer index = answerIndex(chosen);
            if (index == null) {
                problems.add(ImportProblem.at(
                        sheet.getSheetName(),
                        WorkbookLayout.cell(sheet.getSheetName(), answerRow, ANSWER_COLUMN),
                        code,
                        Message.of("import.undrr.answer", code, CellReader.shown(chosen))));
                continue;
            }
            answers.put(code, blockTexts(sheet, cells, row.getRowNum(), 4 - index, code, problems));
        }
    }

    /** The comment, evidence and action plan of a question block, found by the labels in column B. */
    private static ResponseValue blockTexts(
            Sheet sheet, CellReader cells, int titleRow, int level, String code, List<ImportProblem> problems) {
        String comment = null;
        String evidence = null;
        String action = null;
        String responsible = null;
        String timescale = null;
        for (int r = titleRow + 1; r < titleRow + BLOCK; r++) {
            Row row = sheet.getRow(r);
            String label = cells.text(row, TITLE_COLUMN);
            String lower = label == null ? "" : label.toLowerCase(Locale.ROOT);
            if (lower.startsWith("comment")) {
                comment = cells.text(row, TEXT_COLUMN, TextLimit.COMMENT, code, problems);
            } else if (lower.contains("verification") || lower.contains("evidence")) {
                evidence = cells.text(row, TEXT_COLUMN, TextLimit.EVIDENCE, code, problems);
            } else if (lower.startsWith("actions to achieve") && sheet.getRow(r + 1) != null) {
                Row plan = sheet.getRow(r + 1);
                action = cells.text(plan, TITLE_COLUMN, TextLimit.ACTION, code, problems);
                responsible = cells.text(plan, TEXT_COLUMN, TextLimit.RESPONSIBLE, code, problems);
                timescale = cells.text(plan, TEXT_COLUMN + 1, TextLimit.TIMESCALE, code, problems);
                r++;
            }
        }
        return new ResponseValue(level, null, false, comment, evidence, action, responsible, timescale);
    }

    private static Integer answerIndex(String chosen) {
        try {
            int index = new BigDecimal(chosen.strip()).intValueExact();
            return index >= 1 && index <= 4 ? index : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String labelled(
            Sheet info, CellReader cells, String label, TextLimit limit, List<ImportProblem> problems) {
        Row row = labelRow(info, cells, label);
        if (row == null) {
            return null;
        }
        for (int column = TITLE_COLUMN + 1; column <= TITLE_COLUMN + 6; column++) {
            if (cells.text(row, column) != null) {
                return cells.text(row, column, limit, null, problems);
            }
        }
        return null;
    }

    private static Row labelRow(Sheet info, CellReader cells, String label) {
        for (Row row : info) {
            String text = cells.text(row, TITLE_COLUMN);
            if (text != null && text.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))) {
                return row;
            }
        }
        return null;
    }

    /** The year of "Date of assessment": a date cell, or text such as "2025-03-14" or "14/03/2025". */
    private static Integer year(Sheet info, List<ImportProblem> problems) {
        // not user-facing: the official UNDRR workbook's label, matched as it is written there
        Row row = labelRow(
                info,
                new CellReader(info.getWorkbook().getCreationHelper().createFormulaEvaluator()),
                "Date of assessment");
        if (row == null) {
            return null;
        }
        for (int column = TITLE_COLUMN + 1; column <= TITLE_COLUMN + 6; column++) {
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                continue;
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().getYear();
            }
            Matcher year = YEAR.matcher(cell.toString());
            if (year.find()) {
                return Integer.valueOf(year.group());
            }
            problems.add(ImportProblem.at(
                    INFO,
                    WorkbookLayout.cell(INFO, row.getRowNum(), column),
                    null,
                    Message.of("import.undrr.date", CellReader.shown(cell.toString()))));
            return null;
        }
        return null;
    }
}
