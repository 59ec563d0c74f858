package org.cityscore.excel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.scorecard.ScorecardDefinition;

/** The level choices of the dropdown ("3 – Strong") and how to read back what people typed instead. */
final class LevelText {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(-?\\d+)(\\.0+)?(\\s*[–—-].*)?$");

    private LevelText() {}

    static List<String> options(ScorecardDefinition definition, String lang) {
        List<String> options = new ArrayList<>();
        for (int level = definition.scale().max(); level >= definition.scale().min(); level--) {
            options.add(option(definition, level, lang));
        }
        return options;
    }

    static String option(ScorecardDefinition definition, int level, String lang) {
        return level + " – " + definition.scale().labels().get(level).in(lang);
    }

    /**
     * The level meant by a cell's text: "3", "３", "3 – Strong", "3 - Strong" or a label in any language
     * ("Strong", "完善"); null when it means none of them.
     */
    static Integer read(ScorecardDefinition definition, String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        Matcher leading = LEADING_NUMBER.matcher(text);
        if (leading.matches()) {
            return Integer.valueOf(leading.group(1));
        }
        for (int level = definition.scale().min(); level <= definition.scale().max(); level++) {
            for (String label : definition.scale().labels().get(level).texts().values()) {
                if (label.equalsIgnoreCase(text)) {
                    return level;
                }
            }
        }
        return null;
    }
}
