package org.cityscore.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.text.Messages;
import org.cityscore.workshop.AnswerBy;

/**
 * Writes the workbook participants fill in Excel, LibreOffice or WPS: instructions, a protected metadata block,
 * and one row per indicator with a level dropdown, a note on its answer cell with what each level means for that
 * indicator and the guidance, and a height that shows all its wrapped text; only answer cells are unlocked.
 */
public final class WorkbookExporter {

    private final Messages messages;

    public WorkbookExporter(Messages messages) {
        this.messages = messages;
    }

    /** Who the workbook is for: the assessment's details, or empty ones for a blank template. */
    public record Metadata(String city, String country, Integer year, Long assessmentId, String title) {
        public static final Metadata BLANK = new Metadata(null, null, null, null, null);
    }

    /** An answer to pre-fill. */
    public record Prefill(
            Integer level,
            BigDecimal value,
            boolean notApplicable,
            String comment,
            String evidence,
            String action,
            String responsible,
            String timescale) {}

    public void write(
            ScorecardDefinition definition,
            Metadata metadata,
            Map<String, Prefill> answers,
            String lang,
            OutputStream out)
            throws IOException {
        write(definition, metadata, answers, List.of(), lang, out);
    }

    /** As above, with a sheet of the participants' comments from the assessment's workshops (none: no sheet). */
    public void write(
            ScorecardDefinition definition,
            Metadata metadata,
            Map<String, Prefill> answers,
            List<AnswerBy> comments,
            String lang,
            OutputStream out)
            throws IOException {
        WorkbookTexts texts = WorkbookTexts.of(messages, lang);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            WorkbookInstructions.write(
                    workbook.createSheet(WorkbookLayout.INSTRUCTIONS), definition, texts, styles.wrap);
            XSSFSheet scores = workbook.createSheet(WorkbookLayout.SCORES);
            XSSFSheet lists = workbook.createSheet(WorkbookLayout.LISTS);
            List<String> levelOptions = LevelText.options(definition, lang);
            for (int i = 0; i < levelOptions.size(); i++) {
                lists.createRow(i).createCell(0).setCellValue(levelOptions.get(i));
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            writeMetadata(scores, definition, metadata, texts, styles);
            writeHeader(scores, texts, styles);
            int row = WorkbookLayout.FIRST_DATA_ROW;
            XSSFDrawing notes = scores.createDrawingPatriarch();
            for (Category category : definition.categories()) {
                for (Indicator indicator : category.indicators()) {
                    Row written = scores.createRow(row++);
                    writeIndicator(
                            written, definition, category, indicator, answers.get(indicator.code()), lang, styles);
                    addNote(
                            notes,
                            written.getCell(indicator.isMeasured() ? WorkbookLayout.VALUE : WorkbookLayout.LEVEL),
                            IndicatorNote.text(indicator, definition.scale(), lang, texts));
                    RowHeight.fit(written, WorkbookLayout.WIDTHS);
                }
            }
            addDropdowns(scores, levelOptions.size(), row - 1, texts);
            for (int column = 0; column < WorkbookLayout.COLUMNS; column++) {
                scores.setColumnWidth(column, WorkbookLayout.WIDTHS[column] * 256);
            }
            scores.createFreezePane(2, WorkbookLayout.FIRST_DATA_ROW);
            scores.protectSheet("");
            WorkshopCommentsSheet.write(workbook, definition, comments, lang, texts, styles.header, styles.wrap);
            workbook.setActiveSheet(workbook.getSheetIndex(scores));
            workbook.write(out);
        }
    }

    /** Scorecard and version are always locked; a blank template leaves city, country and year to be typed. */
    private static void writeMetadata(
            XSSFSheet sheet, ScorecardDefinition definition, Metadata metadata, WorkbookTexts texts, Styles styles) {
        Row title = sheet.createRow(0);
        text(
                title,
                0,
                texts.get(
                        "workbook.title",
                        definition.title().in("en"),
                        definition.title().in("zh")),
                styles.title);
        Object[] values = {
            definition.id(),
            definition.version(),
            metadata.city(),
            metadata.country(),
            metadata.year(),
            metadata.assessmentId(),
            metadata.title()
        };
        for (int i = 0; i < values.length; i++) {
            Row row = sheet.createRow(WorkbookLayout.META_FIRST_ROW + i);
            text(row, 0, texts.bilingual(WorkbookLayout.META_KEYS[i]), styles.header);
            Cell value = row.createCell(1);
            boolean typed = metadata.assessmentId() == null && i >= 2 && i != 5;
            value.setCellStyle(typed ? styles.answer : styles.locked);
            if (values[i] instanceof Number number) {
                value.setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                value.setCellValue(values[i].toString());
            }
        }
    }

    private static void writeHeader(XSSFSheet sheet, WorkbookTexts texts, Styles styles) {
        Row header = sheet.createRow(WorkbookLayout.HEADER_ROW);
        for (int column = 0; column < WorkbookLayout.HEADER_KEYS.length; column++) {
            text(header, column, texts.get(WorkbookLayout.HEADER_KEYS[column]), styles.header);
        }
    }

    private static void writeIndicator(
            Row row,
            ScorecardDefinition definition,
            Category category,
            Indicator indicator,
            Prefill answer,
            String lang,
            Styles styles) {
        text(
                row,
                WorkbookLayout.CATEGORY,
                category.code() + " " + category.title().in(lang),
                styles.wrap);
        text(row, WorkbookLayout.CODE, indicator.code(), styles.locked);
        text(row, WorkbookLayout.INDICATOR, indicator.name().in(lang), styles.wrap);
        text(row, WorkbookLayout.QUESTION, indicator.question().in(lang), styles.wrap);
        Cell level = row.createCell(WorkbookLayout.LEVEL);
        level.setCellStyle(indicator.isMeasured() ? styles.locked : styles.answer);
        Cell notApplicable = row.createCell(WorkbookLayout.NOT_APPLICABLE);
        notApplicable.setCellStyle(indicator.notApplicableAllowed() ? styles.answer : styles.locked);
        Cell value = row.createCell(WorkbookLayout.VALUE);
        value.setCellStyle(indicator.isMeasured() ? styles.answer : styles.locked);
        text(row, WorkbookLayout.UNIT, indicator.isMeasured() ? indicator.unit().in(lang) : "", styles.wrap);
        for (int column = WorkbookLayout.COMMENT; column <= WorkbookLayout.TIMESCALE; column++) {
            row.createCell(column).setCellStyle(styles.answer);
        }
        if (answer != null) {
            prefill(row, definition, answer, lang);
        }
    }

    private static void prefill(Row row, ScorecardDefinition definition, Prefill answer, String lang) {
        if (answer.level() != null && answer.value() == null) {
            row.getCell(WorkbookLayout.LEVEL).setCellValue(LevelText.option(definition, answer.level(), lang));
        }
        if (answer.notApplicable()) {
            row.getCell(WorkbookLayout.NOT_APPLICABLE).setCellValue(WorkbookLayout.NOT_APPLICABLE_MARK);
        }
        if (answer.value() != null) {
            row.getCell(WorkbookLayout.VALUE).setCellValue(answer.value().doubleValue());
        }
        String[] texts = {answer.comment(), answer.evidence(), answer.action(), answer.responsible(), answer.timescale()
        };
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                row.getCell(WorkbookLayout.COMMENT + i).setCellValue(texts[i]);
            }
        }
    }

    /** A note beside the answer cell, shown when the pointer is on it; about five columns wide and tall enough to read. */
    private static void addNote(XSSFDrawing drawing, Cell cell, String text) {
        XSSFClientAnchor anchor = drawing.createAnchor(
                0,
                0,
                0,
                0,
                cell.getColumnIndex() + 1,
                cell.getRowIndex(),
                cell.getColumnIndex() + 6,
                cell.getRowIndex() + 2 + RowHeight.lines(text, 110) / 8);
        XSSFComment note = drawing.createCellComment(anchor);
        note.setString(new XSSFRichTextString(text));
        note.setAuthor("Cityscore"); // the product's name, in every language
        cell.setCellComment(note);
    }

    private static void addDropdowns(XSSFSheet sheet, int options, int lastRow, WorkbookTexts texts) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation levels = helper.createValidation(
                helper.createFormulaListConstraint(WorkbookLayout.LISTS + "!$A$1:$A$" + options),
                new CellRangeAddressList(
                        WorkbookLayout.FIRST_DATA_ROW, lastRow, WorkbookLayout.LEVEL, WorkbookLayout.LEVEL));
        levels.setShowErrorBox(false);
        levels.createPromptBox(texts.get("workbook.levelPrompt.title"), texts.get("workbook.levelPrompt.text"));
        levels.setShowPromptBox(true);
        sheet.addValidationData(levels);
        DataValidation notApplicable = helper.createValidation(
                helper.createExplicitListConstraint(new String[] {WorkbookLayout.NOT_APPLICABLE_MARK}),
                new CellRangeAddressList(
                        WorkbookLayout.FIRST_DATA_ROW,
                        lastRow,
                        WorkbookLayout.NOT_APPLICABLE,
                        WorkbookLayout.NOT_APPLICABLE));
        notApplicable.setShowErrorBox(false);
        sheet.addValidationData(notApplicable);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few cell styles of the workbook: locked structure, unlocked answers, headers. */
    static final class Styles {
        final CellStyle locked;
        final CellStyle wrap;
        final CellStyle answer;
        final CellStyle header;
        final CellStyle title;

        Styles(XSSFWorkbook workbook) {
            locked = workbook.createCellStyle();
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.cloneStyleFrom(locked);
            wrap.setWrapText(true);
            answer = workbook.createCellStyle();
            answer.cloneStyleFrom(wrap);
            answer.setLocked(false);
            answer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            answer.setBorderBottom(BorderStyle.HAIR);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(wrap);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
        }
    }
}
