package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The comparison report, in the design of the assessment report: a cover, running header and footer with "page n of N",
 * the overall trend and the radar overlay as vector charts, categories side by side with their changes in percentage
 * points, the biggest changes in levels, every indicator.
 */
public final class ComparisonReport {

    private final ReportFonts fonts;

    ComparisonReport(ReportFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(ComparisonSheet sheet, BiFunction<String, Object[], String> texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 55);
        Texts text = (key, args) -> texts.apply(key, args);
        String date =
                DateTimeFormatter.ISO_LOCAL_DATE.format(sheet.generatedAt().atZone(ZoneOffset.UTC));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String header = sheet.title() + "  ·  " + String.join("  ·  ", sheet.columns());
            writer.setPageEvent(new ReportPageEvents(
                    fonts,
                    header,
                    null,
                    text.of("report.footer", date),
                    (page, total) -> text.of("report.pageOf", page, total)));
            document.addTitle(sheet.title());
            document.addCreator("Cityscore");
            document.open();
            cover(document, sheet, text, date);
            document.newPage();
            heading(document, text.of("compare.trend"));
            document.add(trend(writer, sheet));
            heading(document, text.of("compare.radar"));
            document.add(radar(writer, sheet));
            for (String note : sheet.notes()) {
                document.add(ReportRenderer.paragraph(note, fonts.font(9, false, ReportRenderer.MUTED), 3));
            }
            document.add(ReportRenderer.paragraph(
                    text.of("compare.unit.note"), fonts.font(9, false, ReportRenderer.MUTED), 3));
            document.add(table(text.of("results.category"), sheet.columns(), sheet.categories(), text));
            ReportRenderer.roomFor(document, writer, 120);
            heading(document, text.of("compare.improved"));
            list(document, sheet.improved(), text);
            ReportRenderer.roomFor(document, writer, 120);
            heading(document, text.of("compare.declined"));
            list(document, sheet.declined(), text);
            actionsDone(document, writer, sheet, text);
            document.newPage();
            document.add(table(text.of("results.indicators"), sheet.columns(), sheet.indicators(), text));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The comparison report could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Message lookup with varargs. */
    interface Texts {
        String apply(String key, Object[] args);

        default String of(String key, Object... args) {
            return apply(key, args);
        }
    }

    /** "+3.2 pp", "−1 level", "no change", "–" (nothing to compare) or "not comparable". */
    static String change(ComparisonSheet.Change change, Texts text) {
        if (!change.comparable()) {
            return text.of("compare.notComparable");
        }
        if (change.amount() == null) {
            return "–";
        }
        double amount = change.amount();
        if (Math.abs(amount) < 0.05) {
            return text.of("compare.noChange");
        }
        String sign = amount > 0 ? "+" : "−";
        if (change.inLevels()) {
            long levels = Math.round(Math.abs(amount));
            return text.of(levels == 1 ? "compare.change.level" : "compare.change.levels", sign + levels);
        }
        return text.of("compare.change.points", sign + String.format(Locale.ROOT, "%.1f", Math.abs(amount)));
    }

    private void cover(Document document, ComparisonSheet sheet, Texts text, String date) throws DocumentException {
        Paragraph spacer = ReportRenderer.paragraph(" ", fonts.font(10, false, ReportRenderer.INK), 0);
        spacer.setSpacingBefore(130);
        document.add(spacer);
        document.add(ReportRenderer.paragraph(sheet.title(), fonts.font(14, false, ReportRenderer.MUTED), 8));
        for (int i = 0; i < sheet.columns().size(); i++) {
            document.add(ReportRenderer.paragraph(sheet.columns().get(i), fonts.font(26, true, color(i)), 4));
        }
        PdfPTable block = new PdfPTable(new float[] {1.4f, 4});
        block.setWidthPercentage(100);
        block.setSpacingBefore(24);
        block.addCell(PdfCells.header(
                text.of("compare.legend"), fonts.font(10, true, ReportRenderer.MUTED), 7, Element.ALIGN_LEFT));
        block.addCell(PdfCells.cell(
                String.valueOf(sheet.columns().size()),
                fonts.font(11, false, ReportRenderer.INK),
                7,
                Element.ALIGN_LEFT));
        block.addCell(PdfCells.header(
                text.of("report.date.label"), fonts.font(10, true, ReportRenderer.MUTED), 7, Element.ALIGN_LEFT));
        block.addCell(PdfCells.cell(date, fonts.font(11, false, ReportRenderer.INK), 7, Element.ALIGN_LEFT));
        document.add(block);
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph heading = ReportRenderer.paragraph(text, fonts.font(14, true, ReportRenderer.INK), 6);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    private static Color color(int series) {
        return PdfRadar.SERIES[series % PdfRadar.SERIES.length];
    }

    /** The overall score per assessment as a line over a 0–100 % axis, each point labelled with its value. */
    private Image trend(PdfWriter writer, ComparisonSheet sheet) throws DocumentException {
        float width = 495;
        float height = 170;
        float left = 40;
        float bottom = 24;
        float plotWidth = width - left - 30;
        float plotHeight = height - bottom - 14;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        chart.setLineWidth(0.5f);
        chart.setColorStroke(PdfCells.LINE);
        chart.beginText();
        chart.setFontAndSize(fonts.regular(), 8);
        chart.setColorFill(ReportRenderer.MUTED);
        for (int tick = 0; tick <= 100; tick += 25) {
            chart.showTextAligned(
                    PdfContentByte.ALIGN_RIGHT, tick + " %", left - 6, bottom + plotHeight * tick / 100 - 3, 0);
        }
        chart.endText();
        for (int tick = 0; tick <= 100; tick += 25) {
            chart.moveTo(left, bottom + plotHeight * tick / 100);
            chart.lineTo(left + plotWidth, bottom + plotHeight * tick / 100);
        }
        chart.stroke();
        List<Double> values = sheet.overallPercents();
        int n = values.size();
        float step = n == 1 ? 0 : plotWidth / (n - 1);
        float[] xs = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? left + plotWidth / 2 : left + i * step;
        }
        chart.setColorStroke(ReportRenderer.ACCENT);
        chart.setLineWidth(1.8f);
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            if (values.get(i) == null) {
                drawing = false;
                continue;
            }
            float y = bottom + (float) (plotHeight * values.get(i) / 100);
            if (drawing) {
                chart.lineTo(xs[i], y);
            } else {
                chart.moveTo(xs[i], y);
                drawing = true;
            }
        }
        chart.stroke();
        for (int i = 0; i < n; i++) {
            if (values.get(i) != null) {
                chart.setColorFill(color(i));
                chart.circle(xs[i], bottom + (float) (plotHeight * values.get(i) / 100), 3.2f);
                chart.fill();
            }
        }
        chart.beginText();
        chart.setFontAndSize(fonts.regular(), 8.5f);
        for (int i = 0; i < n; i++) {
            int align = n == 1
                    ? PdfContentByte.ALIGN_CENTER
                    : i == 0
                            ? PdfContentByte.ALIGN_LEFT
                            : i == n - 1 ? PdfContentByte.ALIGN_RIGHT : PdfContentByte.ALIGN_CENTER;
            chart.setColorFill(ReportRenderer.INK);
            chart.showTextAligned(align, sheet.columns().get(i), xs[i], bottom - 14, 0);
            if (values.get(i) != null) {
                float y = bottom + (float) (plotHeight * values.get(i) / 100);
                chart.showTextAligned(align, String.format(Locale.ROOT, "%.1f %%", values.get(i)), xs[i], y + 7, 0);
            }
        }
        chart.endText();
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(4);
        return image;
    }

    /** The radar overlay on the left, its legend with each assessment's overall score on the right. */
    private Image radar(PdfWriter writer, ComparisonSheet sheet) throws DocumentException {
        PdfTemplate chart = writer.getDirectContent().createTemplate(495, 250);
        PdfRadar.drawOverlay(chart, fonts.regular(), sheet.axisLabels(), sheet.seriesPercents(), 165, 125, 95);
        float y = 190;
        for (int i = 0; i < sheet.columns().size(); i++) {
            chart.setColorFill(color(i));
            chart.rectangle(350, y - 1, 9, 9);
            chart.fill();
            Double overall = sheet.overallPercents().get(i);
            chart.beginText();
            chart.setFontAndSize(fonts.regular(), 9.5f);
            chart.setColorFill(ReportRenderer.INK);
            chart.showTextAligned(
                    PdfContentByte.ALIGN_LEFT,
                    sheet.columns().get(i) + (overall == null ? "" : String.format(Locale.ROOT, "   %.1f %%", overall)),
                    365,
                    y,
                    0);
            chart.endText();
            y -= 18;
        }
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(4);
        return image;
    }

    private PdfPTable table(String first, List<String> columns, List<ComparisonSheet.Line> lines, Texts text) {
        float[] widths = new float[columns.size() + 2];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? 1.7f : 1.3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        cell(table, first, true, false);
        columns.forEach(column -> cell(table, column, true, true));
        cell(table, text.of("compare.change"), true, true);
        for (ComparisonSheet.Line line : lines) {
            cell(table, line.label(), false, false);
            line.values().forEach(value -> cell(table, value, false, true));
            cell(table, change(line.change(), text), false, true);
        }
        return table;
    }

    private void list(Document document, List<ComparisonSheet.Line> items, Texts text) throws DocumentException {
        for (ComparisonSheet.Line item : items) {
            document.add(ReportRenderer.paragraph(
                    "•  " + item.label() + "   " + change(item.change(), text),
                    fonts.font(10, false, ReportRenderer.INK),
                    2));
        }
        if (items.isEmpty()) {
            document.add(
                    ReportRenderer.paragraph(text.of("compare.none"), fonts.font(10, false, ReportRenderer.MUTED), 2));
        }
    }

    /** The indicators with an action done between the first and the last assessment, and their change in level. */
    private void actionsDone(Document document, PdfWriter writer, ComparisonSheet sheet, Texts text)
            throws DocumentException {
        if (sheet.actionsHeading() == null) {
            return;
        }
        ReportRenderer.roomFor(document, writer, 120);
        heading(document, sheet.actionsHeading());
        document.add(ReportRenderer.paragraph(sheet.actionsIntro(), fonts.font(9, false, ReportRenderer.MUTED), 4));
        for (ComparisonSheet.Done done : sheet.actionsDone()) {
            document.add(ReportRenderer.paragraph(
                    "•  " + done.indicator() + "   " + done.outcome(), fonts.font(10, false, ReportRenderer.INK), 0));
            Paragraph actions = ReportRenderer.paragraph(
                    String.join("  ·  ", done.actions()), fonts.font(9, false, ReportRenderer.MUTED), 3);
            actions.setIndentationLeft(12);
            document.add(actions);
        }
        if (sheet.actionsDone().isEmpty()) {
            document.add(
                    ReportRenderer.paragraph(text.of("compare.none"), fonts.font(10, false, ReportRenderer.MUTED), 2));
        }
    }

    private void cell(PdfPTable table, String text, boolean header, boolean right) {
        int alignment = right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        var font = fonts.font(9, header, ReportRenderer.INK);
        table.addCell(header ? PdfCells.header(text, font, 5, alignment) : PdfCells.cell(text, font, 5, alignment));
    }
}
