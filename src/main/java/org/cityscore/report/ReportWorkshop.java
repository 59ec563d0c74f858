package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import org.cityscore.workshop.WorkshopSummary;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The workshop page of a report: who took part, by bureau, and where participants disagreed. */
final class ReportWorkshop {

    private ReportWorkshop() {
    }

    static void section(Document document, ReportData data, WorkshopSummary workshop, ReportFonts fonts) throws DocumentException {
        document.add(ReportRenderer.paragraph(data.text("report.workshop", workshop.workshopId()), fonts.font(16, true, ReportRenderer.INK), 6));
        document.add(ReportRenderer.paragraph(data.text("report.workshop.participants", workshop.participants().size()),
                fonts.font(10.5f, false, ReportRenderer.INK), 6));
        Map<String, Long> byBureau = new TreeMap<>(workshop.participants().stream().collect(Collectors.groupingBy(
                participant -> participant.department() == null ? "–" : participant.department(), Collectors.counting())));
        PdfPTable bureaus = table(new float[] {5, 1});
        header(bureaus, fonts, data.text("join.department"), data.text("report.workshop.count"));
        byBureau.forEach((bureau, count) -> row(bureaus, fonts, bureau, String.valueOf(count)));
        document.add(bureaus);
        document.add(ReportRenderer.paragraph(data.text("report.workshop.disagreements", workshop.flaggedCount()),
                fonts.font(12, true, ReportRenderer.INK), 6));
        if (workshop.flaggedCount() == 0) {
            return;
        }
        PdfPTable disagreements = table(new float[] {3.5f, 2.2f, 0.9f, 0.9f, 1});
        header(disagreements, fonts, data.text("results.indicator"), data.text("workshop.distribution"), data.text("workshop.median"),
                data.text("workshop.spread"), data.text("workshop.agreed"));
        for (WorkshopSummary.IndicatorSummary indicator : workshop.indicators()) {
            if (!indicator.flagged()) {
                continue;
            }
            String counts = indicator.counts().entrySet().stream().filter(entry -> entry.getValue() > 0)
                    .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining("  "));
            row(disagreements, fonts, ReportRenderer.indicatorName(data, indicator.code()), counts,
                    String.format(java.util.Locale.ROOT, "%.1f", indicator.median()), String.valueOf(indicator.spread()),
                    indicator.agreedNotApplicable() ? data.text("results.notApplicable") : indicator.agreed() == null ? "–" : String.valueOf(indicator.agreed()));
        }
        document.add(disagreements);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, ReportFonts fonts, String... texts) {
        for (String text : texts) {
            table.addCell(PdfCells.header(text, fonts.font(9.5f, true, ReportRenderer.INK), 4, Element.ALIGN_LEFT));
        }
    }

    private static void row(PdfPTable table, ReportFonts fonts, String... texts) {
        for (String text : texts) {
            table.addCell(PdfCells.cell(text, fonts.font(9.5f, false, ReportRenderer.INK), 4, Element.ALIGN_LEFT));
        }
    }
}
