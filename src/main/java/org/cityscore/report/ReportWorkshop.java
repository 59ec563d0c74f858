package org.cityscore.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityscore.workshop.ParticipantAnswer;
import org.cityscore.workshop.ParticipantProfile;
import org.cityscore.workshop.WorkshopSummary;

/**
 * The workshop part of a report: who took part, by bureau; where participants disagreed, with the level agreed and
 * why; and what participants wrote, per indicator and by name.
 */
final class ReportWorkshop {

    private ReportWorkshop() {}

    static void section(
            Document document, PdfWriter writer, ReportData data, WorkshopSummary workshop, ReportFonts fonts)
            throws DocumentException {
        document.add(ReportRenderer.paragraph(
                data.text("report.workshop", workshop.workshopId()), fonts.font(16, true, ReportRenderer.INK), 6));
        document.add(ReportRenderer.paragraph(
                data.text(
                        "report.workshop.participants", workshop.participants().size()),
                fonts.font(10.5f, false, ReportRenderer.INK),
                6));
        Map<String, List<WorkshopSummary.ParticipantProgress>> byBureau = new TreeMap<>(workshop.participants().stream()
                .collect(Collectors.groupingBy(
                        participant -> participant.department() == null ? "–" : participant.department())));
        PdfPTable bureaus = table(new float[] {2.2f, 3.8f, 0.9f});
        header(
                bureaus,
                fonts,
                data.text("join.department"),
                data.text("report.workshop.names"),
                data.text("report.workshop.count"));
        byBureau.forEach((bureau, people) -> row(
                bureaus,
                fonts,
                bureau,
                people.stream()
                        .map(person -> person.anonymous() ? data.text("workshop.anonymous") : person.name())
                        .collect(Collectors.joining(", ")),
                String.valueOf(people.size())));
        document.add(bureaus);
        disagreements(document, writer, data, workshop, fonts);
        profileGroups(document, writer, data, workshop, fonts);
        comments(document, writer, data, workshop, fonts);
    }

    private static void disagreements(
            Document document, PdfWriter writer, ReportData data, WorkshopSummary workshop, ReportFonts fonts)
            throws DocumentException {
        ReportRenderer.roomFor(document, writer, 120);
        document.add(ReportRenderer.paragraph(
                data.text("report.workshop.disagreements", workshop.flaggedCount()),
                fonts.font(12, true, ReportRenderer.INK),
                6));
        if (workshop.flaggedCount() == 0) {
            return;
        }
        PdfPTable disagreements = table(new float[] {2.6f, 1.7f, 0.8f, 0.8f, 2.4f});
        header(
                disagreements,
                fonts,
                data.text("results.indicator"),
                data.text("workshop.distribution"),
                data.text("workshop.median"),
                data.text("workshop.agreed"),
                data.text("report.workshop.rationale"));
        for (WorkshopSummary.IndicatorSummary indicator : workshop.indicators()) {
            if (!indicator.flagged()) {
                continue;
            }
            String counts = indicator.counts().entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .collect(Collectors.joining("  "));
            row(
                    disagreements,
                    fonts,
                    ReportRenderer.indicatorName(data, indicator.code()),
                    counts,
                    String.format(Locale.ROOT, "%.1f", indicator.median()),
                    indicator.agreedNotApplicable()
                            ? data.text("results.notApplicable")
                            : indicator.agreed() == null ? "–" : String.valueOf(indicator.agreed()),
                    indicator.rationale() == null || indicator.rationale().isBlank() ? "–" : indicator.rationale());
        }
        document.add(disagreements);
    }

    /** The medians per participant group, per dimension; groups under 5 are only named, as "fewer than 5". */
    private static void profileGroups(
            Document document, PdfWriter writer, ReportData data, WorkshopSummary workshop, ReportFonts fonts)
            throws DocumentException {
        if (workshop.groups().isEmpty() && workshop.fewerThanFive().isEmpty()) {
            return;
        }
        ReportRenderer.roomFor(document, writer, 120);
        document.add(ReportRenderer.paragraph(
                data.text("workshop.profileGroups"), fonts.font(12, true, ReportRenderer.INK), 4));
        document.add(ReportRenderer.paragraph(
                data.text("workshop.profileGroups.help"), fonts.font(9.5f, false, ReportRenderer.MUTED), 6));
        for (String dimension : ParticipantProfile.DIMENSIONS.keySet()) {
            List<WorkshopSummary.ProfileGroup> shown = workshop.groupsOf(dimension);
            List<WorkshopSummary.HiddenGroup> hidden = workshop.fewerThanFiveOf(dimension);
            if (shown.isEmpty() && hidden.isEmpty()) {
                continue;
            }
            ReportRenderer.roomFor(document, writer, 90);
            document.add(ReportRenderer.paragraph(
                    data.text("join.profile." + dimension), fonts.font(10.5f, true, ReportRenderer.INK), 4));
            if (!hidden.isEmpty()) {
                document.add(ReportRenderer.paragraph(
                        hidden.stream()
                                .map(group -> data.text("join.profile." + dimension + "." + group.value()) + ": "
                                        + data.text("workshop.profileGroups.fewerThanFive"))
                                .collect(Collectors.joining("; ")),
                        fonts.font(9.5f, false, ReportRenderer.MUTED),
                        4));
            }
            if (shown.isEmpty()) {
                continue;
            }
            float[] widths = new float[shown.size() + 1];
            Arrays.fill(widths, 1f);
            widths[0] = 2.6f;
            PdfPTable table = table(widths);
            List<String> headers = new ArrayList<>(List.of(data.text("results.indicator")));
            shown.forEach(group -> headers.add(data.text("join.profile." + dimension + "." + group.value()) + " ("
                    + data.text("workshop.profileGroups.size", group.participants()) + ")"));
            header(table, fonts, headers.toArray(String[]::new));
            for (WorkshopSummary.IndicatorSummary indicator : workshop.indicators()) {
                List<String> cells = new ArrayList<>(List.of(ReportRenderer.indicatorName(data, indicator.code())));
                boolean answered = false;
                for (WorkshopSummary.ProfileGroup group : shown) {
                    WorkshopSummary.GroupIndicator median = group.indicator(indicator.code());
                    if (median == null || median.median() == null) {
                        cells.add("–");
                    } else {
                        answered = true;
                        cells.add(String.format(Locale.ROOT, "%.1f (%d)", median.median(), median.count()));
                    }
                }
                if (answered) {
                    row(table, fonts, cells.toArray(String[]::new));
                }
            }
            document.add(table);
        }
    }

    private static void comments(
            Document document, PdfWriter writer, ReportData data, WorkshopSummary workshop, ReportFonts fonts)
            throws DocumentException {
        Map<Long, String> names = workshop.participants().stream()
                .collect(Collectors.toMap(
                        WorkshopSummary.ParticipantProgress::id,
                        participant -> data.anonymous().contains(participant.id())
                                ? data.text("workshop.anonymous")
                                : participant.name()));
        List<ParticipantAnswer> commented = new ArrayList<>();
        for (var participant : workshop.participants()) {
            data.participantAnswers().getOrDefault(participant.id(), List.of()).stream()
                    .filter(answer ->
                            answer.comment() != null && !answer.comment().isBlank())
                    .forEach(commented::add);
        }
        Map<String, Integer> order = new HashMap<>();
        data.definition().indicators().forEach(indicator -> order.put(indicator.code(), order.size()));
        commented.sort(Comparator.comparing(
                        (ParticipantAnswer answer) -> order.getOrDefault(answer.indicatorCode(), Integer.MAX_VALUE))
                .thenComparing(answer -> names.get(answer.participantId())));
        ReportRenderer.roomFor(document, writer, 120);
        document.add(ReportRenderer.paragraph(
                data.text("report.workshop.comments"), fonts.font(12, true, ReportRenderer.INK), 6));
        if (commented.isEmpty()) {
            document.add(ReportRenderer.paragraph(
                    data.text("report.workshop.noComments"), fonts.font(10, false, ReportRenderer.MUTED), 6));
            return;
        }
        PdfPTable table = table(new float[] {2.4f, 1.2f, 0.6f, 3.6f});
        header(
                table,
                fonts,
                data.text("results.indicator"),
                data.text("report.workshop.names"),
                data.text("results.level"),
                data.text("entry.comment"));
        Function<ParticipantAnswer, String> level = answer -> answer.notApplicable()
                ? data.text("results.notApplicable")
                : answer.level() != null
                        ? String.valueOf(answer.level())
                        : answer.value() != null ? answer.value().toPlainString() : "–";
        String previous = null;
        for (ParticipantAnswer answer : commented) {
            String code = answer.indicatorCode();
            row(
                    table,
                    fonts,
                    code.equals(previous) ? "" : ReportRenderer.indicatorName(data, code),
                    names.get(answer.participantId()),
                    level.apply(answer),
                    answer.comment());
            previous = code;
        }
        document.add(table);
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
            table.addCell(PdfCells.header(text, fonts.font(9.5f, true, ReportRenderer.INK), 5, Element.ALIGN_LEFT));
        }
    }

    private static void row(PdfPTable table, ReportFonts fonts, String... texts) {
        for (String text : texts) {
            table.addCell(PdfCells.cell(text, fonts.font(9.5f, false, ReportRenderer.INK), 5, Element.ALIGN_LEFT));
        }
    }
}
