package org.cityscore.action;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The action register as a workbook (the columns of {@link RegisterColumn}): written and read by {@code excel}, the
 * only package that may use Apache POI, and imported here with the rules of {@link ActionService}.
 */
public interface ActionWorkbooks {

    /** The four statuses in their natural order, as the workbook's drop-down offers them. */
    List<String> STATUSES = List.of(ActionRules.PLANNED, ActionRules.IN_PROGRESS, "done", "dropped");

    /** An action as the register shows it, with the time of its last change, which the import checks. */
    record Line(Action action, Instant updatedAt) {}

    /** The register's workbook: headers and sheet name in {@code locale}. */
    byte[] write(List<Line> lines, Locale locale);

    /** Reads an uploaded register; a file that is no readable register gives only problems. */
    RegisterWorkbook read(String fileName, byte[] workbook);
}
