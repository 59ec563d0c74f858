package org.cityscore.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/** The one way report tables make a cell: thin light border, padding, optional header shading and alignment. */
final class PdfCells {

    static final Color LINE = new Color(0xD8, 0xE0, 0xE6);

    private PdfCells() {}

    /** A body cell; {@code alignment} is an {@link Element} ALIGN_* constant. */
    static PdfPCell cell(String text, Font font, float padding, int alignment) {
        PdfPCell cell = new PdfPCell(ReportFonts.phrase(text, font));
        cell.setPadding(padding);
        cell.setBorderColor(LINE);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    /** A header cell, shaded. */
    static PdfPCell header(String text, Font font, float padding, int alignment) {
        PdfPCell cell = cell(text, font, padding, alignment);
        cell.setBackgroundColor(ReportRenderer.SOFT);
        return cell;
    }
}
