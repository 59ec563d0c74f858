package org.cityscore.comparison;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;

/**
 * A comparison as CSV for spreadsheets: one row per category and per indicator, a column per assessment. Its words are
 * in the language asked for; in English they are the ones existing spreadsheets and scripts read.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {}

    static String write(Comparison comparison, Messages messages, Locale locale) {
        java.util.function.Function<String, String> word = key -> messages.in(Message.of("compare.csv." + key), locale);
        StringWriter out = new StringWriter();
        // a byte-order mark lets Excel open the UTF-8 file with Chinese text intact
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<Object> header = new ArrayList<>(
                    List.of(word.apply("type"), word.apply("code"), word.apply("title"), word.apply("comparable")));
            comparison.assessments().forEach(a -> header.add(safe(a.city() + " " + a.year())));
            header.add(word.apply("delta"));
            csv.printRecord(header);
            // a spreadsheet keeps no badge: the word says which scores can still change
            List<Object> status = new ArrayList<>(List.of(word.apply("status"), "", "", ""));
            comparison.assessments().forEach(a -> status.add(word.apply(a.provisional() ? "provisional" : "complete")));
            status.add("");
            csv.printRecord(status);
            List<Object> answered = new ArrayList<>(List.of(word.apply("answered"), "", "", ""));
            comparison
                    .assessments()
                    .forEach(a -> answered.add(
                            messages.in(Message.of("compare.csv.answeredOf", a.answered(), a.applicable()), locale)));
            answered.add("");
            csv.printRecord(answered);
            List<Object> overall = new ArrayList<>(List.of(word.apply("overall"), "", "", word.apply("true")));
            comparison.assessments().forEach(a -> overall.add(percent(a.overall())));
            var first = comparison.assessments().get(0).overall();
            var last = comparison
                    .assessments()
                    .get(comparison.assessments().size() - 1)
                    .overall();
            overall.add(first == null || last == null ? "" : percent(last - first));
            csv.printRecord(overall);
            for (Comparison.CategoryRow row : comparison.categories()) {
                List<Object> record = new ArrayList<>(
                        List.of(word.apply("category"), safe(row.code()), safe(row.title()), word.apply("true")));
                row.percents().forEach(p -> record.add(percent(p)));
                record.add(percent(row.delta()));
                csv.printRecord(record);
            }
            for (Comparison.IndicatorRow row : comparison.indicators()) {
                List<Object> record = new ArrayList<>(List.of(
                        word.apply("indicator"),
                        safe(row.code()),
                        row.title() == null ? "" : safe(row.title()),
                        word.apply(String.valueOf(row.comparable()))));
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
    public static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String percent(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
