package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityscore.action.Action;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.ScorecardDefinition;

/**
 * The report's action plan: the city's actions aimed at indicators of the assessment's scorecard, by category (that
 * of the first indicator they name which this version has) and due date, with owner, due date and status; open
 * actions due before the report's date are marked overdue. The public report has no action plan: publishing made the
 * assessment's results public, not the city's register, whose actions and statuses change after it and name people.
 */
final class ReportActions {

    private ReportActions() {}

    /** An action as the report shows it. */
    record Line(
            String category,
            List<String> indicators,
            String title,
            String owner,
            String lead,
            LocalDate due,
            String status,
            boolean overdue) {}

    /** The lines of the actions aimed at indicators of {@code definition}, in the order the actions come. */
    static List<Line> of(List<Action> actions, ScorecardDefinition definition, LocalDate reportDate) {
        return actions.stream()
                .flatMap(action -> category(action, definition).stream()
                        .map(category -> new Line(
                                category.code(),
                                action.indicatorCodes().stream()
                                        .filter(code ->
                                                definition.indicator(code).isPresent())
                                        .toList(),
                                action.title(),
                                action.owner(),
                                action.lead(),
                                action.due(),
                                action.status(),
                                action.overdueOn(reportDate))))
                .toList();
    }

    private static Optional<Category> category(Action action, ScorecardDefinition definition) {
        return action.indicatorCodes().stream()
                .map(definition::categoryOf)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The section, after the categories; nothing when the city has no actions on these indicators. */
    static void section(Document document, PdfWriter writer, ReportData data, ReportFonts fonts)
            throws DocumentException {
        if (data.actions().isEmpty()) {
            return;
        }
        ReportRenderer.roomFor(document, writer, 200);
        Paragraph heading =
                ReportRenderer.paragraph(data.text("report.actions"), fonts.font(16, true, ReportRenderer.INK), 4);
        heading.setSpacingBefore(10);
        document.add(heading);
        document.add(ReportRenderer.paragraph(
                data.text("report.actions.intro", ReportPageEvents.date(data)),
                fonts.font(9.5f, false, ReportRenderer.MUTED),
                6));
        for (Category category : data.definition().categories()) {
            List<Line> lines = data.actions().stream()
                    .filter(line -> line.category().equals(category.code()))
                    .toList();
            if (!lines.isEmpty()) {
                ReportRenderer.roomFor(document, writer, 90);
                document.add(ReportRenderer.paragraph(
                        category.code() + "  " + category.title().in(data.lang()),
                        fonts.font(11.5f, true, ReportRenderer.INK),
                        4));
                document.add(table(data, lines, fonts));
            }
        }
    }

    private static PdfPTable table(ReportData data, List<Line> lines, ReportFonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 3.4f, 2.3f, 1.3f, 1.2f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        for (String key : List.of(
                "actions.col.indicators",
                "actions.col.title",
                "actions.col.owner",
                "actions.col.due",
                "actions.col.status")) {
            table.addCell(
                    PdfCells.header(data.text(key), fonts.font(9, true, ReportRenderer.INK), 4, Element.ALIGN_LEFT));
        }
        for (Line line : lines) {
            cell(table, String.join(", ", line.indicators()), fonts, false);
            cell(table, line.title(), fonts, false);
            String owner = line.owner() == null ? "–" : line.owner();
            cell(
                    table,
                    line.lead() == null ? owner : owner + "\n" + data.text("report.actions.lead", line.lead()),
                    fonts,
                    false);
            String due = line.due() == null ? "–" : line.due().toString();
            cell(table, line.overdue() ? due + "\n" + data.text("actions.overdue") : due, fonts, line.overdue());
            cell(table, data.text("action.status." + line.status()), fonts, false);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, ReportFonts fonts, boolean warning) {
        table.addCell(PdfCells.cell(
                text,
                fonts.font(9, warning, warning ? ReportRenderer.WARNING : ReportRenderer.INK),
                4,
                Element.ALIGN_LEFT));
    }
}
