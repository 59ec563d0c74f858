package org.cityscore.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every published final assessment as open data, one row per indicator, under the licence of
 * {@code cityscore.open-data.licence}; and the data dictionary that documents each column.
 */
@Service
class OpenData {

    private final PublicResults results;
    private final Messages messages;
    private final String licence;

    OpenData(
            PublicResults results,
            Messages messages,
            @Value("${cityscore.open-data.licence:CC-BY-4.0}") String licence) {
        this.results = results;
        this.messages = messages;
        this.licence = licence;
    }

    /** The JSON document: the licence and the rows. */
    record Results(String licence, List<OpenDataRow> rows) {}

    /** One column: its name, its type and what it holds, in one language. */
    record Column(String name, String type, String description) {}

    /** The data dictionary in one language. */
    record Dictionary(String licence, String language, List<Column> columns) {}

    String licence() {
        return licence;
    }

    Results results(String language) {
        return new Results(licence, rows(language));
    }

    /** The CSV: a comment line with the licence and where the dictionary is, the header, the rows. */
    String csv(String language) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeaderComments(messages.in(Message.of("openData.csv.comment", licence), Locale.ENGLISH))
                .setHeader(OpenDataRow.COLUMNS.keySet().toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (OpenDataRow row : rows(language)) {
                csv.printRecord(row.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    Dictionary dictionary(Locale locale) {
        List<Column> columns = OpenDataRow.COLUMNS.entrySet().stream()
                .map(column -> new Column(
                        column.getKey(),
                        column.getValue(),
                        messages.in(Message.of("openData.column." + column.getKey()), locale)))
                .toList();
        return new Dictionary(licence, locale.getLanguage(), columns);
    }

    private List<OpenDataRow> rows(String language) {
        return results.all().stream()
                .flatMap(shown -> OpenDataRow.of(shown, language).stream())
                .toList();
    }
}
