package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The running header and footer of every page after the cover: a title on the left of the header (and "Draft" on its
 * right while the assessment is one), who made it and when in the footer, and "Page n of N" whose N is written when the
 * document closes.
 */
final class ReportPageEvents extends PdfPageEventHelper {

    private final BaseFont font;
    private final Font headerFont;
    private final String header;
    private final String flag;
    private final String footer;
    private final PageOf pageOf;
    private PdfTemplate total;

    /** Writes "Page 3 of " for page 3, then the total (as a number) goes right after it. */
    interface PageOf {
        String text(int page, String total);
    }

    ReportPageEvents(ReportFonts fonts, String header, String flag, String footer, PageOf pageOf) {
        this.font = fonts.regular();
        this.headerFont = fonts.font(8, false, ReportRenderer.MUTED);
        this.header = header;
        this.flag = flag;
        this.footer = footer;
        this.pageOf = pageOf;
    }

    ReportPageEvents(ReportData data, ReportFonts fonts) {
        this(
                fonts,
                data.assessment().city() + "  ·  " + data.definition().title().in(data.lang()) + "  ·  "
                        + data.assessment().year(),
                data.assessment().isFinal() ? null : data.statusText(),
                data.text("report.footer", date(data)),
                (page, total) -> data.text("report.pageOf", page, total));
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
        canvas.setColorStroke(PdfCells.LINE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), page.getTop() - 40);
        canvas.lineTo(document.right(), page.getTop() - 40);
        canvas.moveTo(document.left(), 40);
        canvas.lineTo(document.right(), 40);
        canvas.stroke();
        // the header holds the city's name, which may need the fallback font (ReportFonts.phrase)
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                ReportFonts.phrase(header, headerFont),
                document.left(),
                page.getTop() - 35,
                0);
        canvas.beginText();
        canvas.setFontAndSize(font, 8);
        canvas.setColorFill(ReportRenderer.MUTED);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, footer, document.left(), 28, 0);
        canvas.endText();
        if (flag != null) {
            canvas.beginText();
            canvas.setFontAndSize(font, 9);
            canvas.setColorFill(ReportRenderer.WARNING);
            canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, flag, document.right(), page.getTop() - 35, 0);
            canvas.endText();
        }
        pageNumber(canvas, writer.getPageNumber(), document.right());
        canvas.restoreState();
    }

    /** "Page 3 of 12", right-aligned: the total is one template, drawn on every page and written when the document closes. */
    private void pageNumber(PdfContentByte canvas, int number, float right) {
        String marker = "\u0000";
        String text = pageOf.text(number, marker);
        int at = text.indexOf(marker);
        String before = text.substring(0, at);
        String after = text.substring(at + marker.length());
        float totalWidth = font.getWidthPoint("999", 8);
        float x = right - font.getWidthPoint(before + after, 8) - totalWidth;
        if (total == null) {
            total = canvas.createTemplate(totalWidth, 12);
        }
        canvas.beginText();
        canvas.setFontAndSize(font, 8);
        canvas.setColorFill(ReportRenderer.MUTED);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, before, x, 28, 0);
        canvas.endText();
        canvas.addTemplate(total, x + font.getWidthPoint(before, 8), 28 - 3);
        canvas.beginText();
        canvas.setFontAndSize(font, 8);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, after, x + font.getWidthPoint(before, 8) + totalWidth, 28, 0);
        canvas.endText();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String pages = String.valueOf(writer.getPageNumber() - 1);
        if (total != null) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setColorFill(ReportRenderer.MUTED);
            total.showTextAligned(PdfContentByte.ALIGN_CENTER, pages, total.getWidth() / 2, 3, 0);
            total.endText();
        }
    }
}
