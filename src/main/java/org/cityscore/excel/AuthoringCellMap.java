package org.cityscore.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key path of an authoring workbook's tree was read from ({@code indicators[W1].name.zh} →
 * {@code indicators!G4}), noted while the tree is built; the first cell noted for a path stays.
 */
final class AuthoringCellMap {

    private final Map<String, String> cells = new HashMap<>();

    void put(String path, String cell) {
        cells.putIfAbsent(path, cell);
    }

    Map<String, String> all() {
        return cells;
    }

    /** Puts a value (when given) under {@code key}, noting its cell as {@code parent.key}. */
    void value(Map<String, Object> map, String key, String value, String parent, String cell) {
        put(parent.isEmpty() ? key : parent + "." + key, cell);
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Puts the texts of a row's text column (when any is given) under the column's name. */
    void text(Map<String, Object> map, String column, AuthoringTable table, AuthoringTable.Line line, String parent) {
        Map<String, String> texts = texts(table, line, column, parent + "." + column, false);
        if (texts != null) {
            map.put(column, texts);
        }
    }

    /**
     * The texts of a row's text column by language, noting {@code path} at the first language's cell and
     * {@code path.zh} at each language's; an empty map ({@code emptyWhenBlank}) or null when no language is given.
     */
    Map<String, String> texts(
            AuthoringTable table, AuthoringTable.Line line, String column, String path, boolean emptyWhenBlank) {
        table.languages(column).forEach((language, index) -> {
            String cell = table.cell(line.index(), index);
            put(path, cell);
            put(path + "." + language, cell);
        });
        put(path, table.cell(line, column));
        Map<String, String> texts = table.texts(line, column);
        return texts != null ? texts : emptyWhenBlank ? new LinkedHashMap<>() : null;
    }

    /** A text given one language a row, as the settings sheet gives it: {@code title::zh | 标题}. */
    void localized(Map<String, Object> map, String key, String language, String value, String path, String cell) {
        put(path, cell);
        put(path + "." + language, cell);
        if (value != null) {
            child(map, key).put(language, value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.computeIfAbsent(key, absent -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String key) {
        return (List<Object>) map.computeIfAbsent(key, absent -> new ArrayList<>());
    }
}
