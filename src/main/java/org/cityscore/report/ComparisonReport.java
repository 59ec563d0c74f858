package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** The comparison report: the radar overlay, categories side by side with their changes, the biggest changes, every indicator. */
public final class ComparisonReport {

    private final ReportFonts fonts;

    ComparisonReport(ReportFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(ComparisonSheet sheet, java.util.function.BiFunction<String, Object[], String> texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title());
            document.addCreator("Cityscore");
            document.open();
            document.add(ReportRenderer.paragraph(sheet.title(), fonts.font(20, true, ReportRenderer.ACCENT), 6));
            for (String note : sheet.notes()) {
                document.add(ReportRenderer.paragraph(note, fonts.font(9.5f, false, ReportRenderer.MUTED), 3));
            }
            PdfTemplate radar = writer.getDirectContent().createTemplate(495, 260);
            PdfRadar.drawOverlay(radar, fonts.regular(), sheet.axisLabels(), sheet.seriesPercents(), 247, 135, 100);
            Image chart = Image.getInstance(radar);
            chart.setAlignment(Element.ALIGN_CENTER);
            document.add(chart);
            document.add(legend(sheet));
            document.add(table(texts.apply("results.category", new Object[0]), sheet.columns(), sheet.categories(),
                    texts.apply("compare.change", new Object[0])));
            document.add(ReportRenderer.paragraph(texts.apply("compare.improved", new Object[0]), fonts.font(13, true, ReportRenderer.INK), 4));
            list(document, sheet.improved());
            document.add(ReportRenderer.paragraph(texts.apply("compare.declined", new Object[0]), fonts.font(13, true, ReportRenderer.INK), 4));
            list(document, sheet.declined());
            document.newPage();
            document.add(table(texts.apply("results.indicators", new Object[0]), sheet.columns(), sheet.indicators(),
                    texts.apply("compare.change", new Object[0])));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The comparison report could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private Phrase legend(ComparisonSheet sheet) {
        Phrase legend = new Phrase();
        for (int i = 0; i < sheet.columns().size(); i++) {
            Color color = PdfRadar.SERIES[i % PdfRadar.SERIES.length];
            legend.add(new com.lowagie.text.Chunk("■ " + sheet.columns().get(i) + "     ", fonts.font(10, true, color)));
        }
        return legend;
    }

    private PdfPTable table(String first, List<String> columns, List<ComparisonSheet.Line> lines, String change) {
        float[] widths = new float[columns.size() + 2];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        cell(table, first, true, false);
        columns.forEach(column -> cell(table, column, true, true));
        cell(table, change, true, true);
        for (ComparisonSheet.Line line : lines) {
            cell(table, line.label(), false, false);
            line.values().forEach(value -> cell(table, value, false, true));
            cell(table, line.delta(), false, true);
        }
        return table;
    }

    private void list(Document document, List<String> items) throws DocumentException {
        for (String item : items) {
            document.add(ReportRenderer.paragraph("•  " + item, fonts.font(10, false, ReportRenderer.INK), 2));
        }
        if (items.isEmpty()) {
            document.add(ReportRenderer.paragraph("–", fonts.font(10, false, ReportRenderer.MUTED), 2));
        }
    }

    private void cell(PdfPTable table, String text, boolean header, boolean right) {
        int alignment = right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        var font = fonts.font(9, header, ReportRenderer.INK);
        table.addCell(header ? PdfCells.header(text, font, 4, alignment) : PdfCells.cell(text, font, 4, alignment));
    }
}
