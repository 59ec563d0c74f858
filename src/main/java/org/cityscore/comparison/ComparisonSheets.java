package org.cityscore.comparison;

import org.cityscore.report.ComparisonSheet;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Puts a comparison into the words and numbers of the comparison report. */
final class ComparisonSheets {

    private ComparisonSheets() {
    }

    static ComparisonSheet of(Comparison comparison, String lang, Instant generatedAt) {
        ComparisonView view = ComparisonView.of(comparison);
        var columns = comparison.assessments().stream().map(a -> a.city() + " " + a.year()).toList();
        var first = comparison.assessments().get(0).overall();
        var last = comparison.assessments().get(comparison.assessments().size() - 1).overall();
        List<ComparisonSheet.Line> categories = new java.util.ArrayList<>();
        categories.add(new ComparisonSheet.Line(lang.startsWith("zh") ? "总分" : "Overall",
                comparison.assessments().stream().map(a -> percent(a.overall())).toList(),
                first == null || last == null ? "–" : points(last - first)));
        comparison.categories().forEach(row -> categories.add(new ComparisonSheet.Line(row.code() + "  " + row.title(),
                row.percents().stream().map(ComparisonSheets::percent).toList(), row.delta() == null ? "–" : points(row.delta()))));
        List<ComparisonSheet.Line> indicators = comparison.indicators().stream().map(row -> new ComparisonSheet.Line(
                row.code() + "  " + (row.title() == null ? "" : row.title()),
                row.levels().stream().map(level -> level == null ? "–" : String.valueOf(level)).toList(),
                !row.comparable() ? (lang.startsWith("zh") ? "不可比较" : "not comparable")
                        : row.delta() == null ? "–" : (row.delta() > 0 ? "+" : "") + row.delta())).toList();
        return new ComparisonSheet(lang.startsWith("zh") ? "比较" : "Comparison", comparison.notes(), columns,
                comparison.categories().stream().map(Comparison.CategoryRow::chartLabel).toList(),
                comparison.assessments().stream().map(a -> comparison.categories().stream()
                        .map(row -> row.percents().get(comparison.assessments().indexOf(a))).toList()).toList(),
                categories,
                view.improved().stream().map(row -> row.code() + "  " + row.title() + "  +" + row.delta()).toList(),
                view.declined().stream().map(row -> row.code() + "  " + row.title() + "  " + row.delta()).toList(),
                indicators, generatedAt, lang);
    }

    private static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    private static String points(double delta) {
        return (delta >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f", delta);
    }
}
