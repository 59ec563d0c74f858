package org.cityscore.excel;

import java.util.List;
import java.util.Set;

/**
 * The authoring workbook's sheets and columns (scorecards/README.md, "Authoring in Excel"), one place for the writer
 * and the reader. A column {@code name::zh} is the Chinese text of {@code name}, as in XLSForm.
 */
final class AuthoringLayout {

    static final String INSTRUCTIONS = "instructions";
    static final String SETTINGS = "settings";
    static final String SCALE = "scale";
    static final String CATEGORIES = "categories";
    static final String GROUPS = "groups";
    static final String INDICATORS = "indicators";
    static final String LEVELS = "levels";
    static final String THRESHOLDS = "thresholds";
    static final String BANDS = "bands";

    /** The settings sheet is two columns, one setting a row. */
    static final List<String> SETTINGS_COLUMNS = List.of("key", "value");

    static final List<String> SETTING_KEYS = List.of(
            "id",
            "version",
            "languages",
            "title",
            "description",
            "scaleMin",
            "scaleMax",
            "aggregation",
            "citation",
            "url",
            "note",
            "comparableWith");
    static final Set<String> LOCALIZED_SETTINGS = Set.of("title", "description", "note");

    static final List<String> SCALE_COLUMNS = List.of("level", "label");
    static final List<String> CATEGORY_COLUMNS = List.of("code", "title", "description", "weight");
    static final List<String> GROUP_COLUMNS = List.of("category", "code", "title");
    static final List<String> INDICATOR_COLUMNS = List.of(
            "category",
            "group",
            "code",
            "kind",
            "name",
            "question",
            "guidance",
            "weight",
            "notApplicableAllowed",
            "unit",
            "rangeMin",
            "rangeMax",
            "direction");
    static final List<String> LEVEL_COLUMNS = List.of("indicator", "level", "description");
    static final List<String> THRESHOLD_COLUMNS = List.of("indicator", "level", "value");
    static final List<String> BAND_COLUMNS = List.of("from", "label");

    /** The columns that hold a text per language ({@code label::en}, {@code label::zh}). */
    static final Set<String> LOCALIZED =
            Set.of("label", "title", "description", "name", "question", "guidance", "unit", "note");

    private AuthoringLayout() {}

    static String localized(String base, String language) {
        return base + "::" + language;
    }
}
