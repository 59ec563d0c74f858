package org.cityscore.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.AuthoredWorkbook;
import org.cityscore.scorecard.AuthoringProblem;
import org.cityscore.text.Message;

/**
 * Reads an authoring workbook into the structure of a scorecard YAML file, noting for every key path the cell it came
 * from, so that the loader's checks run on it unchanged and each of their problems points at its cell. Only what the
 * YAML cannot say is checked here: the layout (sheets, columns, settings) and the codes that join the sheets.
 */
final class AuthoringWorkbookReader {

    /** A category, group or indicator read so far: its key path and its map in the tree. */
    record Entry(String path, Map<String, Object> map, String category) {}

    private final String file;
    private final XSSFWorkbook workbook;
    private final CellReader reader;
    private final List<AuthoringProblem> problems = new ArrayList<>();
    private final AuthoringCellMap cells = new AuthoringCellMap();
    private final Map<String, Object> tree = new LinkedHashMap<>();
    private final Map<String, Entry> categories = new LinkedHashMap<>();
    private final Map<String, Entry> groups = new HashMap<>();
    private final Map<String, Entry> indicators = new HashMap<>();

    private AuthoringWorkbookReader(String file, XSSFWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        this.reader = new CellReader(workbook.getCreationHelper().createFormulaEvaluator());
    }

    static AuthoredWorkbook read(String file, byte[] bytes) {
        try (XSSFWorkbook workbook = WorkbookFile.open(bytes)) {
            return new AuthoringWorkbookReader(file, workbook).read();
        } catch (WorkbookFile.Unreadable e) {
            return new AuthoredWorkbook(
                    null,
                    Map.of(),
                    List.of(AuthoringProblem.ofFile(file, e.problem().text())));
        } catch (IOException e) {
            return new AuthoredWorkbook(
                    null, Map.of(), List.of(AuthoringProblem.ofFile(file, Message.of("import.refused.damaged"))));
        }
    }

    private AuthoredWorkbook read() {
        cells.put("", AuthoringLayout.SETTINGS + "!A1");
        AuthoringTable settings = table(AuthoringLayout.SETTINGS, AuthoringLayout.SETTINGS_COLUMNS, true);
        if (settings != null) {
            new AuthoringSettings(settings, tree, cells).read();
        }
        scale(table(AuthoringLayout.SCALE, AuthoringLayout.SCALE_COLUMNS, true));
        categories(table(AuthoringLayout.CATEGORIES, AuthoringLayout.CATEGORY_COLUMNS, true));
        groups(table(AuthoringLayout.GROUPS, AuthoringLayout.GROUP_COLUMNS, false));
        indicators(table(AuthoringLayout.INDICATORS, AuthoringLayout.INDICATOR_COLUMNS, true));
        AuthoringIndicatorSheets details = new AuthoringIndicatorSheets(indicators, cells);
        details.levels(table(AuthoringLayout.LEVELS, AuthoringLayout.LEVEL_COLUMNS, false));
        details.thresholds(table(AuthoringLayout.THRESHOLDS, AuthoringLayout.THRESHOLD_COLUMNS, false));
        bands(table(AuthoringLayout.BANDS, AuthoringLayout.BAND_COLUMNS, false));
        return new AuthoredWorkbook(tree, cells.all(), problems);
    }

    private AuthoringTable table(String name, List<String> columns, boolean required) {
        var sheet = workbook.getSheet(name);
        if (sheet == null) {
            if (required) {
                problems.add(AuthoringProblem.atCell(
                        file, name, null, null, Message.of("scorecard.authoring.sheetMissing", name)));
            }
            return null;
        }
        return new AuthoringTable(file, sheet, reader, columns, problems);
    }

    private void scale(AuthoringTable table) {
        if (table == null) {
            return;
        }
        cells.put("scale.labels", table.cell(0, 0));
        Map<String, Object> labels = new LinkedHashMap<>();
        for (AuthoringTable.Line line : table.lines()) {
            String level = table.get(line, "level");
            if (level == null) {
                table.problem(line, "level", "scorecard.authoring.required", "level");
            } else if (labels.containsKey(level)) {
                table.problem(line, "level", "scorecard.problem.levelTwice", level);
            } else {
                String path = "scale.labels." + level;
                cells.put(path, table.cell(line, "level"));
                labels.put(level, cells.texts(table, line, "label", path, true));
            }
        }
        if (!labels.isEmpty()) {
            AuthoringCellMap.child(tree, "scale").put("labels", labels);
        }
    }

    private void categories(AuthoringTable table) {
        if (table == null) {
            return;
        }
        cells.put("categories", table.cell(0, 0));
        List<Object> list = new ArrayList<>();
        for (AuthoringTable.Line line : table.lines()) {
            String code = table.get(line, "code");
            if (code != null && categories.containsKey(code)) {
                table.problem(line, "code", "scorecard.problem.categoryCodeTwice", code);
                continue;
            }
            String path = "categories[" + (code == null ? list.size() : code) + "]";
            Map<String, Object> category = new LinkedHashMap<>();
            cells.put(path, table.cell(line, "code"));
            cells.value(category, "code", code, path, table.cell(line, "code"));
            cells.text(category, "title", table, line, path);
            cells.text(category, "description", table, line, path);
            cells.value(category, "weight", table.get(line, "weight"), path, table.cell(line, "weight"));
            list.add(category);
            if (code != null) {
                categories.put(code, new Entry(path, category, code));
            }
        }
        if (!list.isEmpty()) {
            tree.put("categories", list);
        }
    }

    private void groups(AuthoringTable table) {
        if (table == null) {
            return;
        }
        for (AuthoringTable.Line line : table.lines()) {
            Entry category = category(table, line);
            String code = table.get(line, "code");
            if (category == null) {
                continue;
            }
            if (code == null) {
                table.problem(line, "code", "scorecard.authoring.required", "code");
            } else if (groups.containsKey(code)) {
                table.problem(line, "code", "scorecard.problem.groupCodeTwice", code);
            } else {
                String path = category.path() + ".groups[" + code + "]";
                Map<String, Object> group = new LinkedHashMap<>();
                cells.put(path, table.cell(line, "code"));
                cells.value(group, "code", code, path, table.cell(line, "code"));
                cells.text(group, "title", table, line, path);
                AuthoringCellMap.list(category.map(), "groups").add(group);
                groups.put(code, new Entry(path, group, category.category()));
            }
        }
    }

    private void indicators(AuthoringTable table) {
        if (table == null) {
            return;
        }
        for (AuthoringTable.Line line : table.lines()) {
            Entry parent = category(table, line);
            String group = table.get(line, "group");
            if (parent != null && group != null) {
                Entry found = groups.get(group);
                if (found == null || !found.category().equals(parent.category())) {
                    table.problem(line, "group", "scorecard.authoring.unknownGroup", group, parent.category());
                    continue;
                }
                parent = found;
            }
            String code = table.get(line, "code");
            if (parent == null) {
                continue;
            }
            if (code != null && indicators.containsKey(code)) {
                table.problem(line, "code", "scorecard.problem.indicatorCodeTwice", code);
                continue;
            }
            List<Object> list = AuthoringCellMap.list(parent.map(), "indicators");
            String path = parent.path() + ".indicators[" + (code == null ? list.size() : code) + "]";
            Map<String, Object> indicator = new AuthoringIndicatorRow(table, line, cells).read(path);
            list.add(indicator);
            if (code != null) {
                indicators.put(code, new Entry(path, indicator, parent.category()));
            }
        }
    }

    /** The category a row names in its {@code category} column, or null (noted) when it names none or an unknown one. */
    private Entry category(AuthoringTable table, AuthoringTable.Line line) {
        String code = table.get(line, "category");
        if (code == null) {
            table.problem(line, "category", "scorecard.authoring.required", "category");
            return null;
        }
        Entry category = categories.get(code);
        if (category == null) {
            table.problem(line, "category", "scorecard.authoring.unknownCategory", code);
        }
        return category;
    }

    private void bands(AuthoringTable table) {
        if (table == null) {
            return;
        }
        List<Object> list = new ArrayList<>();
        for (AuthoringTable.Line line : table.lines()) {
            String path = "bands[" + list.size() + "]";
            Map<String, Object> band = new LinkedHashMap<>();
            cells.put(path, table.cell(line, "from"));
            cells.value(band, "from", table.get(line, "from"), path, table.cell(line, "from"));
            cells.text(band, "label", table, line, path);
            list.add(band);
        }
        if (!list.isEmpty()) {
            tree.put("bands", list);
        }
    }
}
