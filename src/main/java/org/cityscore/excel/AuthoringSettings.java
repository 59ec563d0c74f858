package org.cityscore.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the settings sheet (one setting a row: key, value) into the top of a scorecard's tree. */
final class AuthoringSettings {

    private final AuthoringTable table;
    private final Map<String, Object> tree;
    private final AuthoringCellMap cells;
    private final Set<String> seen = new HashSet<>();
    private final List<Object> comparable = new ArrayList<>();

    AuthoringSettings(AuthoringTable table, Map<String, Object> tree, AuthoringCellMap cells) {
        this.table = table;
        this.tree = tree;
        this.cells = cells;
    }

    void read() {
        for (AuthoringTable.Line line : table.lines()) {
            String key = table.get(line, "key");
            if (key == null) {
                table.problem(line, "key", "scorecard.authoring.required", "key");
                continue;
            }
            String[] parts = key.split("::", 2);
            String base = parts[0].strip();
            String language = parts.length == 2 ? parts[1].strip() : null;
            if (!AuthoringLayout.SETTING_KEYS.contains(base)
                    || AuthoringLayout.LOCALIZED_SETTINGS.contains(base) != (language != null)) {
                table.problem(line, "key", "scorecard.authoring.unknownSetting", key, allowed());
            } else if (language != null && !AuthoringTable.isLanguageTag(language)) {
                table.problem(line, "key", "scorecard.problem.languageTag", language);
            } else if (!base.equals("comparableWith") && !seen.add(language == null ? base : base + "::" + language)) {
                table.problem(line, "key", "scorecard.authoring.settingTwice", key);
            } else {
                setting(base, language, table.get(line, "value"), table.cell(line, "value"));
            }
        }
        if (!comparable.isEmpty()) {
            tree.put("comparableWith", comparable);
        }
    }

    private void setting(String key, String language, String value, String cell) {
        switch (key) {
            case "languages" -> languages(value, cell);
            case "title", "description" -> cells.localized(tree, key, language, value, key, cell);
            case "scaleMin", "scaleMax" -> {
                cells.put("scale", cell);
                cells.value(
                        AuthoringCellMap.child(tree, "scale"),
                        key.equals("scaleMin") ? "min" : "max",
                        value,
                        "scale",
                        cell);
            }
            case "citation", "url" -> {
                cells.put("source", cell);
                cells.value(AuthoringCellMap.child(tree, "source"), key, value, "source", cell);
            }
            case "note" ->
                cells.localized(AuthoringCellMap.child(tree, "source"), key, language, value, "source.note", cell);
            case "comparableWith" -> comparableWith(value, cell);
            default -> cells.value(tree, key, value, "", cell);
        }
    }

    private void languages(String value, String cell) {
        cells.put("languages", cell);
        if (value == null) {
            return;
        }
        List<String> languages = words(value);
        for (int i = 0; i < languages.size(); i++) {
            cells.put("languages[" + i + "]", cell);
        }
        tree.put("languages", languages);
    }

    /** {@code 2017.1: P2.3, P2.4}: the earlier version, and the codes of the indicators that changed meaning. */
    private void comparableWith(String value, String cell) {
        if (value == null) {
            return;
        }
        String path = "comparableWith[" + comparable.size() + "]";
        cells.put(path, cell);
        int colon = value.indexOf(':');
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("version", (colon < 0 ? value : value.substring(0, colon)).strip());
        if (colon >= 0 && !words(value.substring(colon + 1)).isEmpty()) {
            entry.put("except", words(value.substring(colon + 1)));
        }
        comparable.add(entry);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[,;\\s]+"))
                .filter(word -> !word.isBlank())
                .toList();
    }

    private static String allowed() {
        return String.join(
                ", ",
                AuthoringLayout.SETTING_KEYS.stream()
                        .map(key -> AuthoringLayout.LOCALIZED_SETTINGS.contains(key)
                                ? AuthoringLayout.localized(key, "en")
                                : key)
                        .toList());
    }
}
