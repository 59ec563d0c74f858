package org.cityscore.excel;

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

    /** The instructions sheet's lines, one message key each. */
    private static final List<String> INSTRUCTIONS = List.of(
            "scorecard.authoring.instructions.title",
            "scorecard.authoring.instructions.1",
            "scorecard.authoring.instructions.2",
            "scorecard.authoring.instructions.3",
            "scorecard.authoring.instructions.4",
            "scorecard.authoring.instructions.5",
            "scorecard.authoring.instructions.6",
            "scorecard.authoring.instructions.7",
            "scorecard.authoring.instructions.8",
            "scorecard.authoring.instructions.9");

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
        return INSTRUCTIONS.stream().map(key -> messages.get(key, locale)).toList();
    }
}
