package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A whole scorecard as read from one file in {@code scorecards/}: immutable, validated data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScorecardDefinition(
        String id,
        String version,
        List<String> languages,
        LocalizedText title,
        LocalizedText description,
        Source source,
        Scale scale,
        Aggregation aggregation,
        List<Band> bands,
        List<Category> categories,
        List<Comparability> comparableWith,
        Set<PublishedField> publish) {

    public ScorecardDefinition {
        publish = publish == null
                ? PublishedField.ALL
                : publish.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(publish));
        languages = List.copyOf(languages);
        bands = List.copyOf(bands);
        categories = List.copyOf(categories);
        comparableWith = List.copyOf(comparableWith);
    }

    public Stream<Indicator> indicators() {
        return categories.stream().flatMap(category -> category.indicators().stream());
    }

    public int indicatorCount() {
        return categories.stream()
                .mapToInt(category -> category.indicators().size())
                .sum();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    /** The category that holds the indicator {@code code}. */
    public Optional<Category> categoryOf(String code) {
        return categories.stream()
                .filter(category ->
                        category.indicators().stream().anyMatch(i -> i.code().equals(code)))
                .findFirst();
    }

    /** The band an overall percentage falls in: the last whose {@code from} it reaches. */
    public Optional<Band> bandFor(double percent) {
        Band reached = null;
        for (Band band : bands) {
            if (percent >= band.from()) {
                reached = band;
            }
        }
        return Optional.ofNullable(reached);
    }

    /** The sum of every indicator's maximum level, weighted: 141 for the UNDRR preliminary scorecard. */
    public BigDecimal maximumPoints() {
        BigDecimal total = indicators()
                .map(indicator -> BigDecimal.valueOf(indicator.weight()).multiply(BigDecimal.valueOf(scale.max())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() == 0 ? BigDecimal.ZERO : total.stripTrailingZeros();
    }

    /** Whether the scorecard gives its texts in a language ("ja"); where it does not, its texts are English. */
    public boolean speaks(String language) {
        return languages.stream()
                .anyMatch(tag -> Locale.forLanguageTag(tag).getLanguage().equals(language));
    }

    /** Whether a published assessment of this scorecard shows this field of its answers to everyone. */
    public boolean publishes(PublishedField field) {
        return publish.contains(field);
    }

    @JsonIgnore
    public String key() {
        return id + "@" + version;
    }
}
