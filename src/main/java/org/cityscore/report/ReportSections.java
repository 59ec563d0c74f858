package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.cityscore.assessment.Response;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.AnswerStatus;
import org.cityscore.scoring.IndicatorResult;

/** The long parts of the report: indicators with their answers and notes, and the method. */
final class ReportSections {

    private ReportSections() {}

    /** A category's answered and not applicable indicators; it starts a new page only when little room is left. */
    static void category(Document document, PdfWriter writer, ReportData data, Category category, ReportFonts fonts)
            throws DocumentException {
        var result = data.result().category(category.code()).orElseThrow();
        ReportRenderer.roomFor(document, writer, 220);
        String score = ReportScores.percent(result.percent());
        String points = ReportScores.sum(data) ? result.points().label() + "  ·  " : "";
        Paragraph heading = ReportRenderer.paragraph(
                category.code() + "  " + category.title().in(data.lang()), fonts.font(16, true, ReportRenderer.INK), 2);
        heading.setSpacingBefore(10);
        document.add(heading);
        var done = result.completeness();
        document.add(ReportRenderer.paragraph(
                points + score + "  ·  " + data.text("assessment.answered", done.answered(), done.applicable()),
                fonts.font(10.5f, false, ReportRenderer.MUTED),
                8));
        boolean any = false;
        for (Indicator indicator : category.indicators()) {
            IndicatorResult indicatorResult =
                    data.result().indicator(indicator.code()).orElseThrow();
            if (indicatorResult.status() != AnswerStatus.MISSING) {
                document.add(indicatorTable(data, indicator, indicatorResult, fonts));
                any = true;
            }
        }
        if (!any) {
            document.add(ReportRenderer.paragraph(
                    data.text("report.category.nothingAnswered"), fonts.font(10, false, ReportRenderer.MUTED), 10));
        }
    }

    /** Every applicable question without an answer, once, in one compact table. */
    static void notYetAnswered(Document document, PdfWriter writer, ReportData data, ReportFonts fonts)
            throws DocumentException {
        List<IndicatorResult> missing = data.result()
                .indicators()
                .filter(result -> result.status() == AnswerStatus.MISSING)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        ReportRenderer.roomFor(document, writer, 160);
        Paragraph heading = ReportRenderer.paragraph(
                data.text("report.notAnswered", missing.size()), fonts.font(16, true, ReportRenderer.INK), 4);
        heading.setSpacingBefore(10);
        document.add(heading);
        document.add(ReportRenderer.paragraph(
                data.text("report.notAnswered.intro"), fonts.font(9.5f, false, ReportRenderer.MUTED), 6));
        PdfPTable table = new PdfPTable(new float[] {0.9f, 5.1f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        table.addCell(PdfCells.header(
                data.text("results.code"), fonts.font(9, true, ReportRenderer.INK), 4, Element.ALIGN_LEFT));
        table.addCell(PdfCells.header(
                data.text("results.indicator"), fonts.font(9, true, ReportRenderer.INK), 4, Element.ALIGN_LEFT));
        for (IndicatorResult result : missing) {
            table.addCell(
                    PdfCells.cell(result.code(), fonts.font(9, false, ReportRenderer.INK), 4, Element.ALIGN_LEFT));
            table.addCell(PdfCells.cell(
                    data.definition()
                            .indicator(result.code())
                            .orElseThrow()
                            .name()
                            .in(data.lang()),
                    fonts.font(9, false, ReportRenderer.INK),
                    4,
                    Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    private static PdfPTable indicatorTable(
            ReportData data, Indicator indicator, IndicatorResult result, ReportFonts fonts) {
        String lang = data.lang();
        PdfPTable table = new PdfPTable(new float[] {1.3f, 4.7f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setKeepTogether(true);
        PdfPCell title = PdfCells.header(
                indicator.code() + "  " + indicator.name().in(lang),
                fonts.font(10.5f, true, ReportRenderer.INK),
                6,
                Element.ALIGN_LEFT);
        title.setColspan(2);
        table.addCell(title);
        row(table, data.text("scorecard.question"), indicator.question().in(lang), fonts);
        row(table, data.text("results.level"), answer(data, indicator, result), fonts);
        Response response = data.responses().get(indicator.code());
        if (response != null) {
            optional(table, data.text("entry.comment"), response.comment(), fonts);
            optional(table, data.text("entry.evidence"), response.evidence(), fonts);
            optional(table, data.text("entry.action"), response.action(), fonts);
            optional(table, data.text("entry.responsible"), response.responsible(), fonts);
            optional(table, data.text("entry.timescale"), response.timescale(), fonts);
        }
        return table;
    }

    static String answer(ReportData data, Indicator indicator, IndicatorResult result) {
        ScorecardDefinition definition = data.definition();
        return switch (result.status()) {
            case MISSING -> data.text("report.noAnswer");
            case NOT_APPLICABLE -> data.text("results.notApplicable");
            case ANSWERED ->
                result.level() + " – "
                        + indicator
                                .describe(result.level(), definition.scale())
                                .orElseThrow()
                                .in(data.lang())
                        + (result.value() != null
                                ? "  (" + result.value().toPlainString() + " "
                                        + indicator.unit().in(data.lang()) + ")"
                                : "");
        };
    }

    /** A short list of indicators under its heading, kept on one page with it. */
    static void indicatorList(
            Document document,
            ReportData data,
            String heading,
            List<IndicatorResult> indicators,
            ReportHighlights.Tie tie,
            ReportFonts fonts)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 0.8f, 3.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(6);
        table.setKeepTogether(true);
        PdfPCell title = new PdfPCell(ReportRenderer.paragraph(heading, fonts.font(16, true, ReportRenderer.INK), 0));
        title.setColspan(3);
        title.setBorder(PdfPCell.NO_BORDER);
        title.setPaddingLeft(0);
        title.setPaddingBottom(8);
        table.addCell(title);
        for (IndicatorResult result : indicators) {
            Indicator indicator = data.definition().indicator(result.code()).orElseThrow();
            Response response = data.responses().get(result.code());
            cell(table, ReportRenderer.indicatorName(data, result.code()), fonts, false);
            cell(table, String.valueOf(result.level()), fonts, true);
            cell(
                    table,
                    response != null && response.comment() != null
                            ? response.comment()
                            : indicator
                                    .describe(result.level(), data.definition().scale())
                                    .orElseThrow()
                                    .in(data.lang()),
                    fonts,
                    false);
        }
        if (tie != null) {
            PdfPCell more = PdfCells.cell(
                    data.text("report.tiesMore", tie.more(), tie.level()),
                    fonts.font(9.5f, false, ReportRenderer.MUTED),
                    5,
                    Element.ALIGN_LEFT);
            more.setColspan(3);
            table.addCell(more);
        }
        document.add(table);
    }

    static void method(Document document, ReportData data, ReportFonts fonts) throws DocumentException {
        ScorecardDefinition definition = data.definition();
        String lang = data.lang();
        document.add(ReportRenderer.paragraph(data.text("report.method"), fonts.font(16, true, ReportRenderer.INK), 8));
        StringBuilder scale = new StringBuilder();
        definition
                .scale()
                .levels()
                .forEach(level -> scale.append(level)
                        .append(" – ")
                        .append(definition.scale().labels().get(level).in(lang))
                        .append("   "));
        document.add(ReportRenderer.paragraph(
                data.text("report.method.scale", scale.toString().strip()),
                fonts.font(10, false, ReportRenderer.INK),
                6));
        document.add(ReportRenderer.paragraph(
                data.text(ReportScores.sum(data) ? "method.rule.sum" : "method.rule.weightedMean"),
                fonts.font(10, false, ReportRenderer.INK),
                6));
        document.add(ReportRenderer.paragraph(
                data.text("report.method.source", definition.source().citation()),
                fonts.font(10, false, ReportRenderer.INK),
                6));
        document.add(ReportRenderer.paragraph(
                definition.source().note().in(lang), fonts.font(9.5f, false, ReportRenderer.MUTED), 6));
    }

    private static void row(PdfPTable table, String label, String text, ReportFonts fonts) {
        table.addCell(PdfCells.cell(label, fonts.font(9, true, ReportRenderer.MUTED), 5, Element.ALIGN_LEFT));
        table.addCell(PdfCells.cell(text, fonts.font(9.5f, false, ReportRenderer.INK), 5, Element.ALIGN_LEFT));
    }

    private static void optional(PdfPTable table, String label, String text, ReportFonts fonts) {
        if (text != null && !text.isBlank()) {
            row(table, label, text, fonts);
        }
    }

    private static void cell(PdfPTable table, String text, ReportFonts fonts, boolean centre) {
        table.addCell(PdfCells.cell(
                text,
                fonts.font(9.5f, false, ReportRenderer.INK),
                5,
                centre ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
    }
}
