package org.cityscore.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cityscore.action.ActionWorkbooks;
import org.cityscore.action.RegisterColumn;
import org.cityscore.action.RegisterWorkbook;
import org.cityscore.text.Languages;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Component;

/** The action register of {@code action} as a workbook, written and read with Apache POI here. */
@Component
class ActionRegisterExcel implements ActionWorkbooks {

    private final Messages messages;

    ActionRegisterExcel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public byte[] write(List<Line> lines, Locale locale) {
        return ActionRegisterWriter.write(
                lines,
                messages.get("actions.sheet.name", locale),
                Arrays.stream(RegisterColumn.values())
                        .map(column -> messages.get(column.headerKey(), locale))
                        .toList(),
                messages.get("actions.sheet.statusPrompt", locale));
    }

    @Override
    public RegisterWorkbook read(String fileName, byte[] workbook) {
        return ActionRegisterReader.read(fileName, workbook, this::isHeader);
    }

    /** Whether a header cell names the column in any of the five languages (a register exported in another). */
    private boolean isHeader(RegisterColumn column, String text) {
        return Languages.SUPPORTED.stream()
                .map(language -> messages.get(column.headerKey(), Languages.locale(language)))
                .anyMatch(header -> header.equalsIgnoreCase(text));
    }
}
