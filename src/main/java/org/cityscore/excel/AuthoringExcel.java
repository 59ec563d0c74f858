package org.cityscore.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cityscore.scorecard.AuthoredWorkbook;
import org.cityscore.scorecard.AuthoringWorkbooks;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Component;

/** The authoring workbooks of {@code scorecard}, written and read with Apache POI here. */
@Component
class AuthoringExcel implements AuthoringWorkbooks {

    /** The instruction lines, scorecard.authoring.instructions.1 to .9, after the title. */
    private static final int INSTRUCTIONS = 9;

    private final Messages messages;

    AuthoringExcel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public byte[] export(ScorecardDefinition definition, Locale locale) {
        return AuthoringWorkbookWriter.write(definition, instructions(locale));
    }

    @Override
    public byte[] template(Locale locale) {
        return AuthoringWorkbookWriter.template(instructions(locale));
    }

    @Override
    public AuthoredWorkbook read(String fileName, byte[] workbook) {
        return AuthoringWorkbookReader.read(fileName, workbook);
    }

    private List<String> instructions(Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("scorecard.authoring.instructions.title", locale));
        for (int line = 1; line <= INSTRUCTIONS; line++) {
            lines.add(messages.get("scorecard.authoring.instructions." + line, locale));
        }
        return lines;
    }
}
