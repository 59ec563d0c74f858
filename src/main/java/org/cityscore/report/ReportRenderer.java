package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scoring.CategoryResult;
import org.cityscore.scoring.IndicatorResult;
import org.cityscore.text.Languages;

/**
 * Writes an assessment report: cover, summary with a vector radar chart, strengths and priorities, every category, the
 * action plan, method.
 */
public final class ReportRenderer {

    static final Color ACCENT = new Color(11, 110, 79);
    static final Color MUTED = new Color(0x5B, 0x6B, 0x77);
    static final Color INK = new Color(0x1D, 0x2A, 0x33);
    static final Color SOFT = new Color(0xE6, 0xF3, 0xEE);
    static final Color WARNING = new Color(0x9A, 0x34, 0x12);

    private final ReportFonts fonts;

    public ReportRenderer(ReportFonts fonts) {
        this.fonts = fonts;
    }

    ReportFonts fonts() {
        return fonts;
    }

    void render(ReportData data, OutputStream out) {
        Document document = new Document(PageSize.A4, 50, 50, 60, 55);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new ReportPageEvents(data, fonts));
            document.addTitle(data.assessment().city() + " " + data.assessment().year() + " – "
                    + data.definition().title().in(data.lang()));
            document.addCreator("Cityscore");
            document.open();
            GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            date.setTimeInMillis(data.generatedAt().toEpochMilli());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
            writer.getInfo().put(PdfName.PRODUCER, new PdfString("Cityscore (OpenPDF)"));
            cover(document, data);
            document.newPage();
            summary(document, writer, data);
            strengths(document, writer, data);
            for (var workshop : data.workshops()) {
                document.newPage();
                ReportWorkshop.section(document, writer, data, workshop, fonts);
            }
            for (Category category : data.definition().categories()) {
                ReportSections.category(document, writer, data, category, fonts);
            }
            ReportSections.notYetAnswered(document, writer, data, fonts);
            ReportActions.section(document, writer, data, fonts);
            roomFor(document, writer, 200);
            ReportSections.method(document, data, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written: " + e.getMessage(), e);
        }
    }

    /** Starts a new page unless {@code points} of height are left: a heading never stays alone at a page foot. */
    static void roomFor(Document document, PdfWriter writer, float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }

    private void cover(Document document, ReportData data) throws DocumentException {
        String lang = data.lang();
        Paragraph spacer = paragraph(" ", fonts.font(10, false, INK), 0);
        spacer.setSpacingBefore(110);
        document.add(spacer);
        document.add(paragraph(data.definition().title().in(lang), fonts.font(14, false, MUTED), 10));
        document.add(paragraph(data.assessment().city(), fonts.font(40, true, ACCENT), 2));
        if (data.assessment().country() != null) {
            document.add(paragraph(data.assessment().country(), fonts.font(16, false, INK), 4));
        }
        document.add(paragraph(String.valueOf(data.assessment().year()), fonts.font(28, true, INK), 10));
        if (data.assessment().title() != null) {
            document.add(paragraph(data.assessment().title(), fonts.font(14, false, INK), 10));
        }
        if (!data.assessment().isFinal()) {
            document.add(paragraph(data.statusText().toUpperCase(Locale.ROOT), fonts.font(22, true, WARNING), 10));
        }
        PdfPTable block = new PdfPTable(new float[] {1.4f, 4});
        block.setWidthPercentage(100);
        block.setSpacingBefore(18);
        titleRow(
                block,
                data.text("assessment.scorecard"),
                data.definition().title().in(lang) + "  ·  "
                        + data.text("report.version", data.definition().version()));
        titleRow(
                block,
                data.text("assessment.year"),
                String.valueOf(data.assessment().year()));
        titleRow(block, data.text("report.status"), ReportScores.status(data));
        if (data.signOff() != null) {
            titleRow(block, data.text("report.signOff"), data.signOff());
        }
        if (data.preparedBy() != null) {
            titleRow(block, data.text("report.preparedBy.label"), data.preparedBy());
        }
        titleRow(block, data.text("report.date.label"), ReportPageEvents.date(data));
        document.add(block);
        if (data.assessment().illustrative()) {
            document.add(paragraph(data.text("assessment.illustrative"), fonts.font(12, true, WARNING), 24));
        }
        if (!data.definition().speaks(Languages.code(lang))) {
            document.add(paragraph(data.text("scorecard.inEnglish"), fonts.font(10, false, MUTED), 8));
        }
    }

    private void titleRow(PdfPTable table, String label, String value) {
        table.addCell(PdfCells.header(label, fonts.font(10, true, MUTED), 7, Element.ALIGN_LEFT));
        table.addCell(PdfCells.cell(value, fonts.font(11, false, INK), 7, Element.ALIGN_LEFT));
    }

    private void summary(Document document, PdfWriter writer, ReportData data) throws DocumentException {
        var result = data.result();
        document.add(heading(data.text("report.summary")));
        String percent = ReportScores.percent(result.overallPercent());
        if (ReportScores.sum(data)) {
            document.add(paragraph(
                    data.text("report.overall.points", result.points().label(), percent),
                    fonts.font(20, true, ACCENT),
                    4));
        } else {
            document.add(paragraph(data.text("report.overall.percent", percent), fonts.font(20, true, ACCENT), 4));
        }
        if (result.band() != null) {
            document.add(paragraph(
                    data.text("report.band", result.band().label().in(data.lang())), fonts.font(12, true, INK), 4));
        }
        var done = result.completeness();
        document.add(
                paragraph(ReportScores.completeness(data), fonts.font(12, true, done.isComplete() ? INK : WARNING), 4));
        document.add(paragraph(
                data.text("results.completeness", done.answered(), done.notApplicable(), done.missing(), done.total()),
                fonts.font(10.5f, false, MUTED),
                8));
        if (!result.hasScore()) {
            document.add(paragraph(data.text("report.nothingAnswered"), fonts.font(12, true, WARNING), 8));
        }
        document.add(radar(writer, data));
        document.add(categoryTable(data));
    }

    private Image radar(PdfWriter writer, ReportData data) throws DocumentException {
        float width = 495;
        float height = 250;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        int axes = data.definition().categories().size();
        List<PdfRadar.Axis> entries = data.definition().categories().stream()
                .map(category -> {
                    CategoryResult result =
                            data.result().category(category.code()).orElseThrow();
                    return new PdfRadar.Axis(category.chartLabel(data.lang(), axes), result.percent());
                })
                .toList();
        PdfRadar.draw(template, fonts.regular(), entries, width / 2, height / 2, 100);
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(6);
        return image;
    }

    private PdfPTable categoryTable(ReportData data) {
        boolean sum = ReportScores.sum(data);
        PdfPTable table = new PdfPTable(sum ? new float[] {4.5f, 1.3f, 1.3f, 1.6f} : new float[] {4.5f, 1.3f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headerCell(table, data.text("results.category"));
        if (sum) {
            headerCell(table, data.text("results.points"));
        }
        headerCell(table, data.text("results.score"));
        headerCell(table, data.text("assessment.progress"));
        for (CategoryResult result : data.result().categories()) {
            Category category = data.definition().categories().stream()
                    .filter(c -> c.code().equals(result.code()))
                    .findFirst()
                    .orElseThrow();
            cell(table, category.code() + "  " + category.title().in(data.lang()), false);
            if (sum) {
                cell(table, result.points().label(), true);
            }
            cell(table, ReportScores.percent(result.percent()), true);
            var done = result.completeness();
            cell(table, done.answered() + " / " + done.applicable(), true);
        }
        return table;
    }

    private void strengths(Document document, PdfWriter writer, ReportData data) throws DocumentException {
        List<IndicatorResult> answered =
                data.result().indicators().filter(IndicatorResult::isAnswered).toList();
        if (answered.isEmpty()) {
            roomFor(document, writer, 80);
            document.add(heading(data.text("report.strengths")));
            document.add(paragraph(data.text("report.nothingAnswered"), fonts.font(10.5f, false, MUTED), 6));
            return;
        }
        ReportHighlights highlights = ReportHighlights.of(answered);
        if (highlights.strengths().isEmpty()) {
            ReportSections.indicatorList(
                    document, data, data.text("report.answeredSoFar"), highlights.answeredSoFar(), null, fonts);
            return;
        }
        ReportSections.indicatorList(
                document,
                data,
                data.text("report.strengths"),
                highlights.strengths(),
                highlights.strengthTies(),
                fonts);
        if (highlights.priorities().isEmpty()) {
            document.add(heading(data.text("report.priorities")));
            document.add(paragraph(data.text("compare.none"), fonts.font(10.5f, false, MUTED), 6));
            return;
        }
        ReportSections.indicatorList(
                document,
                data,
                data.text("report.priorities"),
                highlights.priorities(),
                highlights.priorityTies(),
                fonts);
    }

    Paragraph heading(String text) {
        Paragraph heading = paragraph(text, fonts.font(16, true, INK), 8);
        heading.setSpacingBefore(14);
        return heading;
    }

    static Paragraph paragraph(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(ReportFonts.phrase(text, font));
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(font.getSize() * 1.35f);
        return paragraph;
    }

    private void headerCell(PdfPTable table, String text) {
        table.addCell(PdfCells.header(text, fonts.font(9.5f, true, INK), 6, Element.ALIGN_LEFT));
    }

    private void cell(PdfPTable table, String text, boolean number) {
        table.addCell(PdfCells.cell(
                text, fonts.font(9.5f, false, INK), 6, number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
    }

    static String indicatorName(ReportData data, String code) {
        Indicator indicator = data.definition().indicator(code).orElseThrow();
        return code + "  " + indicator.name().in(data.lang());
    }
}
