package org.cityscore.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cityscore.report.ComparisonSheet;
import org.cityscore.text.Languages;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;

/** Puts a comparison into the words and numbers of the comparison report. */
final class ComparisonSheets {

    private ComparisonSheets() {}

    static ComparisonSheet of(Comparison comparison, String lang, Instant generatedAt, Messages messages) {
        Locale locale = Languages.locale(lang);
        ComparisonView view = ComparisonView.of(comparison);
        var columns = comparison.assessments().stream()
                .map(a -> a.city() + " " + a.year())
                .toList();
        var first = comparison.assessments().get(0);
        var last = comparison.assessments().get(comparison.assessments().size() - 1);
        List<ComparisonSheet.Line> categories = new ArrayList<>();
        categories.add(new ComparisonSheet.Line(
                messages.in(Message.of("compare.overall"), locale),
                comparison.assessments().stream().map(a -> percent(a.overall())).toList(),
                ComparisonSheet.Change.points(
                        first.overall() == null || last.overall() == null ? null : last.overall() - first.overall())));
        comparison
                .categories()
                .forEach(row -> categories.add(new ComparisonSheet.Line(
                        row.code() + "  " + row.title(),
                        row.percents().stream().map(ComparisonSheets::percent).toList(),
                        ComparisonSheet.Change.points(row.delta()))));
        List<ComparisonSheet.Line> indicators = comparison.indicators().stream()
                .map(row -> new ComparisonSheet.Line(
                        row.code() + "  " + (row.title() == null ? "" : row.title()),
                        row.levels().stream()
                                .map(level -> level == null ? "–" : String.valueOf(level))
                                .toList(),
                        row.comparable()
                                ? ComparisonSheet.Change.levels(row.delta())
                                : ComparisonSheet.Change.notComparable()))
                .toList();
        return new ComparisonSheet(
                messages.in(Message.of("compare.title"), locale),
                comparison.notes(),
                columns,
                comparison.categories().stream()
                        .map(Comparison.CategoryRow::chartLabel)
                        .toList(),
                comparison.assessments().stream()
                        .map(a -> comparison.categories().stream()
                                .map(row -> row.percents()
                                        .get(comparison.assessments().indexOf(a)))
                                .toList())
                        .toList(),
                comparison.assessments().stream()
                        .map(Comparison.AssessmentColumn::overall)
                        .toList(),
                categories,
                changes(view.improved()),
                changes(view.declined()),
                indicators,
                generatedAt,
                Languages.code(lang),
                comparison.hasActions()
                        ? messages.in(Message.of("compare.actionsDone", first.year(), last.year()), locale)
                        : null,
                messages.in(Message.of("compare.actionsDone.intro", first.year(), last.year()), locale),
                ActionDone.of(comparison, message -> messages.in(message, locale)).stream()
                        .map(done -> new ComparisonSheet.Done(
                                done.code() + "  " + (done.title() == null ? "" : done.title()),
                                done.actions(),
                                done.outcome()))
                        .toList());
    }

    private static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    private static List<ComparisonSheet.Line> changes(List<Comparison.IndicatorRow> rows) {
        return rows.stream()
                .map(row -> new ComparisonSheet.Line(
                        row.code() + "  " + row.title(), List.of(), ComparisonSheet.Change.levels(row.delta())))
                .toList();
    }
}
