package org.cityscore.excel;

import static org.cityscore.excel.AuthoringLayout.localized;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.Band;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Comparability;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.IndicatorGroup;
import org.cityscore.scorecard.LocalizedText;
import org.cityscore.scorecard.ScorecardDefinition;

/**
 * Writes a scorecard, or nothing but the headers, in the authoring layout: one sheet per part, a header row of
 * column names, a text column per language. Reading it back gives the same definition.
 */
final class AuthoringWorkbookWriter {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle wrap;
    private final List<String> languages;

    private AuthoringWorkbookWriter(List<String> languages) {
        this.languages = languages;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
    }

    /** A scorecard with its instructions sheet ({@code instructions}: its lines). */
    static byte[] write(ScorecardDefinition definition, List<String> instructions) {
        AuthoringWorkbookWriter writer = new AuthoringWorkbookWriter(languagesOf(definition));
        writer.instructions(instructions);
        writer.settings(definition);
        writer.scale(definition);
        writer.categories(definition);
        writer.indicators(definition);
        writer.bands(definition);
        return writer.bytes();
    }

    /** The empty workbook: the headers of every sheet, English columns, the settings to fill. */
    static byte[] template(List<String> instructions) {
        AuthoringWorkbookWriter writer = new AuthoringWorkbookWriter(List.of("en"));
        writer.instructions(instructions);
        Sheet settings = writer.sheet(AuthoringLayout.SETTINGS, AuthoringLayout.SETTINGS_COLUMNS);
        for (String key : AuthoringLayout.SETTING_KEYS) {
            if (AuthoringLayout.LOCALIZED_SETTINGS.contains(key)) {
                settings.row(localized(key, "en"), null);
            } else {
                settings.row(key, key.equals("languages") ? "en" : key.equals("aggregation") ? "weighted-mean" : null);
            }
        }
        writer.sheet(AuthoringLayout.SCALE, AuthoringLayout.SCALE_COLUMNS);
        writer.sheet(AuthoringLayout.CATEGORIES, AuthoringLayout.CATEGORY_COLUMNS);
        writer.sheet(AuthoringLayout.GROUPS, AuthoringLayout.GROUP_COLUMNS);
        writer.sheet(AuthoringLayout.INDICATORS, AuthoringLayout.INDICATOR_COLUMNS);
        writer.sheet(AuthoringLayout.LEVELS, AuthoringLayout.LEVEL_COLUMNS);
        writer.sheet(AuthoringLayout.THRESHOLDS, AuthoringLayout.THRESHOLD_COLUMNS);
        writer.sheet(AuthoringLayout.BANDS, AuthoringLayout.BAND_COLUMNS);
        return writer.bytes();
    }

    private void instructions(List<String> lines) {
        XSSFSheet sheet = workbook.createSheet(AuthoringLayout.INSTRUCTIONS);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? header : wrap);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void settings(ScorecardDefinition definition) {
        Sheet sheet = sheet(AuthoringLayout.SETTINGS, AuthoringLayout.SETTINGS_COLUMNS);
        sheet.row("id", definition.id());
        sheet.row("version", definition.version());
        sheet.row("languages", String.join(", ", definition.languages()));
        sheet.texts("title", definition.title());
        sheet.texts("description", definition.description());
        sheet.row("scaleMin", definition.scale().min());
        sheet.row("scaleMax", definition.scale().max());
        sheet.row("aggregation", definition.aggregation().key());
        sheet.row("citation", definition.source().citation());
        if (definition.source().url() != null) {
            sheet.row("url", definition.source().url());
        }
        sheet.texts("note", definition.source().note());
        for (Comparability comparable : definition.comparableWith()) {
            String except = String.join(", ", comparable.except());
            sheet.row("comparableWith", except.isEmpty() ? comparable.version() : comparable.version() + ": " + except);
        }
    }

    private void scale(ScorecardDefinition definition) {
        Sheet sheet = sheet(AuthoringLayout.SCALE, AuthoringLayout.SCALE_COLUMNS);
        definition
                .scale()
                .levels()
                .forEach(level -> sheet.row(level, definition.scale().labels().get(level)));
    }

    private void categories(ScorecardDefinition definition) {
        Sheet categories = sheet(AuthoringLayout.CATEGORIES, AuthoringLayout.CATEGORY_COLUMNS);
        Sheet groups = sheet(AuthoringLayout.GROUPS, AuthoringLayout.GROUP_COLUMNS);
        for (Category category : definition.categories()) {
            categories.row(category.code(), category.title(), category.description(), category.weight());
            for (IndicatorGroup group : category.groups()) {
                groups.row(category.code(), group.code(), group.title());
            }
        }
    }

    private void indicators(ScorecardDefinition definition) {
        Sheet indicators = sheet(AuthoringLayout.INDICATORS, AuthoringLayout.INDICATOR_COLUMNS);
        Sheet levels = sheet(AuthoringLayout.LEVELS, AuthoringLayout.LEVEL_COLUMNS);
        Sheet thresholds = sheet(AuthoringLayout.THRESHOLDS, AuthoringLayout.THRESHOLD_COLUMNS);
        for (Category category : definition.categories()) {
            for (Indicator indicator : category.indicators()) {
                indicators.row(
                        category.code(),
                        indicator.group(),
                        indicator.code(),
                        indicator.kind().key(),
                        indicator.name(),
                        indicator.question(),
                        indicator.guidance(),
                        indicator.weight(),
                        indicator.notApplicableAllowed(),
                        indicator.unit(),
                        indicator.range() == null ? null : indicator.range().min(),
                        indicator.range() == null ? null : indicator.range().max(),
                        indicator.thresholds() == null
                                ? null
                                : indicator.thresholds().direction().key());
                definition.scale().levels().forEach(level -> {
                    LocalizedText text = indicator.levels().get(level);
                    if (text != null) {
                        levels.row(indicator.code(), level, text);
                    }
                });
                if (indicator.thresholds() != null) {
                    indicator
                            .thresholds()
                            .levels()
                            .forEach((level, value) -> thresholds.row(indicator.code(), level, value));
                }
            }
        }
    }

    private void bands(ScorecardDefinition definition) {
        Sheet sheet = sheet(AuthoringLayout.BANDS, AuthoringLayout.BAND_COLUMNS);
        for (Band band : definition.bands()) {
            sheet.row(band.from(), band.label());
        }
    }

    private Sheet sheet(String name, List<String> columns) {
        return new Sheet(workbook.createSheet(name), columns);
    }

    private byte[] bytes() {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The declared languages first, then any other language a text is given in, so that no text is lost. */
    static List<String> languagesOf(ScorecardDefinition definition) {
        Set<String> languages = new LinkedHashSet<>(definition.languages());
        texts(definition).forEach(text -> languages.addAll(text.texts().keySet()));
        return List.copyOf(languages);
    }

    private static Stream<LocalizedText> texts(ScorecardDefinition definition) {
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(definition.title());
        texts.add(definition.description());
        texts.add(definition.source().note());
        texts.addAll(definition.scale().labels().values());
        definition.bands().forEach(band -> texts.add(band.label()));
        for (Category category : definition.categories()) {
            texts.add(category.title());
            texts.add(category.description());
            category.groups().forEach(group -> texts.add(group.title()));
            for (Indicator indicator : category.indicators()) {
                texts.addAll(List.of(indicator.name(), indicator.question()));
                texts.add(indicator.guidance());
                texts.add(indicator.unit());
                texts.addAll(indicator.levels().values());
            }
        }
        return texts.stream().filter(text -> text != null);
    }

    /** One sheet being written: a header row whose text columns expand to one per language. */
    private final class Sheet {
        private final XSSFSheet sheet;
        private final List<String> columns;

        Sheet(XSSFSheet sheet, List<String> columns) {
            this.sheet = sheet;
            this.columns = columns;
            Row row = sheet.createRow(0);
            int column = 0;
            for (String name : columns) {
                for (String heading : headings(name)) {
                    Cell cell = row.createCell(column);
                    cell.setCellValue(heading);
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(column++, (isText(name) ? 40 : 14) * 256);
                }
            }
            sheet.createFreezePane(0, 1);
        }

        private List<String> headings(String name) {
            return isText(name)
                    ? languages.stream()
                            .map(language -> localized(name, language))
                            .toList()
                    : List.of(name);
        }

        private boolean isText(String name) {
            return AuthoringLayout.LOCALIZED.contains(name)
                    && !sheet.getSheetName().equals(AuthoringLayout.SETTINGS);
        }

        /** A row of values in column order; a {@link LocalizedText} fills one column per language. */
        void row(Object... values) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            int column = 0;
            for (int i = 0; i < values.length; i++) {
                if (isText(columns.get(i))) {
                    Map<String, String> texts = values[i] == null ? Map.of() : ((LocalizedText) values[i]).texts();
                    for (String language : languages) {
                        set(row.createCell(column++), texts.get(language));
                    }
                } else {
                    set(row.createCell(column++), values[i]);
                }
            }
        }

        /** A localized setting: one row per language, {@code title::en}, {@code title::zh}. */
        void texts(String key, LocalizedText text) {
            for (String language : languages) {
                String value = text == null ? null : text.texts().get(language);
                if (value != null) {
                    row(localized(key, language), value);
                }
            }
        }

        private void set(Cell cell, Object value) {
            if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof Double number) {
                cell.setCellValue(number);
            } else if (value instanceof BigDecimal number
                    && number.stripTrailingZeros().scale() == number.scale()) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof BigDecimal number) {
                // written as typed (2.0, not 2), so that the scorecard reads back exactly
                cell.setCellValue(number.toPlainString());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value != null) {
                cell.setCellValue(value.toString());
                if (value.toString().length() > 40) {
                    cell.setCellStyle(wrap);
                }
            }
        }
    }
}
