package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The running header (city, scorecard, year) and footer (made by Cityscore, date, page number) of every page after the cover. */
final class ReportPageEvents extends PdfPageEventHelper {

    private final ReportData data;
    private final ReportFonts fonts;

    ReportPageEvents(ReportData data, ReportFonts fonts) {
        this.data = data;
        this.fonts = fonts;
    }

    static String date(ReportData data) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(data.generatedAt().atZone(ZoneOffset.UTC));
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (writer.getPageNumber() == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        canvas.saveState();
        canvas.setColorStroke(new java.awt.Color(0xD8, 0xE0, 0xE6));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), page.getTop() - 40);
        canvas.lineTo(document.right(), page.getTop() - 40);
        canvas.moveTo(document.left(), 40);
        canvas.lineTo(document.right(), 40);
        canvas.stroke();
        canvas.beginText();
        canvas.setFontAndSize(fonts.regular(), 8);
        canvas.setColorFill(ReportRenderer.MUTED);
        String header = data.assessment().city() + "  ·  " + data.definition().title().in(data.lang()) + "  ·  " + data.assessment().year();
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, header, document.left(), page.getTop() - 35, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, data.text("report.footer", date(data)), document.left(), 28, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, data.text("report.page", writer.getPageNumber()), document.right(), 28, 0);
        canvas.endText();
        canvas.restoreState();
    }
}
