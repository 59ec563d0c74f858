package org.cityscore.scorecard;

import java.util.Locale;

/**
 * Scorecards as authoring workbooks (the layout of scorecards/README.md): written and read by {@code excel}, the
 * only package that may use Apache POI, and used here to publish an uploaded workbook.
 */
public interface AuthoringWorkbooks {

    /** A scorecard in the authoring layout; the instructions sheet in {@code locale}. */
    byte[] export(ScorecardDefinition definition, Locale locale);

    /** An empty authoring workbook with its instructions. */
    byte[] template(Locale locale);

    /** Reads an uploaded authoring workbook; a file that is no readable workbook gives only problems. */
    AuthoredWorkbook read(String fileName, byte[] workbook);
}
