package org.cityscore.excel;

import java.util.Locale;
import org.cityscore.text.Languages;
import org.cityscore.text.Messages;

/** The texts of one exported workbook, from the message bundles in the workbook's language. */
record WorkbookTexts(Messages messages, Locale locale) {

    static WorkbookTexts of(Messages messages, String lang) {
        return new WorkbookTexts(messages, Languages.locale(lang));
    }

    /** The workbook's language code ("en", "zh", …), for the scorecard's own texts. */
    String lang() {
        return Languages.code(locale);
    }

    String get(String code, Object... args) {
        return messages.get(code, locale, args);
    }

    /**
     * A label that stays recognisable to everyone on a call: English alone in an English workbook, "English / 中文"
     * in another language's (as long as that language has its own text for it).
     */
    String bilingual(String code) {
        String english = messages.get(code, Messages.API);
        String own = get(code);
        return own.equals(english) ? english : english + " / " + own;
    }
}
