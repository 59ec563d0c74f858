package org.cityscore.system;

import org.springframework.http.MediaType;

/** What every workbook download is sent as, whichever feature writes it. */
public final class WorkbookType {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private WorkbookType() {}
}
