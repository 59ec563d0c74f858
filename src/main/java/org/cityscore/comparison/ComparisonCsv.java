package org.cityscore.comparison;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A comparison as CSV for spreadsheets: one row per category and per indicator, a column per assessment. */
final class ComparisonCsv {

    private ComparisonCsv() {
    }

    static String write(Comparison comparison) {
        StringWriter out = new StringWriter();
        // a byte-order mark lets Excel open the UTF-8 file with Chinese text intact
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<Object> header = new ArrayList<>(List.of("type", "code", "title", "comparable"));
            comparison.assessments().forEach(a -> header.add(safe(a.city() + " " + a.year())));
            header.add("delta");
            csv.printRecord(header);
            // a spreadsheet keeps no badge: the word says which scores can still change
            List<Object> status = new ArrayList<>(List.of("status", "", "", ""));
            comparison.assessments().forEach(a -> status.add(a.provisional() ? "provisional" : "complete"));
            status.add("");
            csv.printRecord(status);
            List<Object> answered = new ArrayList<>(List.of("answered", "", "", ""));
            comparison.assessments().forEach(a -> answered.add(a.answered() + " of " + a.applicable()));
            answered.add("");
            csv.printRecord(answered);
            List<Object> overall = new ArrayList<>(List.of("overall", "", "", "true"));
            comparison.assessments().forEach(a -> overall.add(percent(a.overall())));
            var first = comparison.assessments().get(0).overall();
            var last = comparison.assessments().get(comparison.assessments().size() - 1).overall();
            overall.add(first == null || last == null ? "" : percent(last - first));
            csv.printRecord(overall);
            for (Comparison.CategoryRow row : comparison.categories()) {
                List<Object> record = new ArrayList<>(List.of("category", safe(row.code()), safe(row.title()), "true"));
                row.percents().forEach(p -> record.add(percent(p)));
                record.add(percent(row.delta()));
                csv.printRecord(record);
            }
            for (Comparison.IndicatorRow row : comparison.indicators()) {
                List<Object> record = new ArrayList<>(List.of("indicator", safe(row.code()), row.title() == null ? "" : safe(row.title()),
                        String.valueOf(row.comparable())));
                row.levels().forEach(level -> record.add(level == null ? "" : level));
                record.add(row.delta() == null ? "" : row.delta());
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A text that a spreadsheet must not run as a formula: a city named "=HYPERLINK(…)" would otherwise become a
     * live formula when the file is opened in Excel.
     */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String percent(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
