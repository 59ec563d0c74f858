package org.cityscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cityscore.workshop.ParticipantProfile;
import org.junit.jupiter.api.Test;

/**
 * Keeps the message bundles honest: every key in every language with the same placeholders, no key a language has
 * that English lacks, no key nothing uses, and no key a template asks for that English lacks.
 */
class MessageBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    /**
     * Keys the code builds from a prefix, so no source file spells them out: the error page's
     * {@code "error.status." + status}, the history's {@code "assessment.changes." + field}, and Spring's binding
     * code {@code typeMismatch.<field>}; the comparison CSV's words {@code "compare.csv." + word}, the workbook's numbered
     * instructions {@code "workbook.instructions." + step}, and the scorecard's {@code "scorecard.problem." + what +
     * "CodeTwice"}, and the people pages' {@code 'people.role.' + role}.
     */
    static final Set<String> BUILT_BY_PREFIX = Set.of(
            "error.status.405",
            "error.status.409",
            "error.status.413",
            "error.status.422",
            "error.status.503",
            "assessment.changes.city",
            "assessment.changes.country",
            "assessment.changes.year",
            "assessment.changes.title",
            "assessment.changes.notes",
            // the status badge and the report: "assessment.status." + the status's key
            "assessment.status.draft",
            "assessment.status.in_review",
            "assessment.status.final",
            // the review page: "review.page.decision." + the decision's action
            "review.page.decision.returned",
            "review.page.decision.approved",
            "review.page.decision.finalized",
            "typeMismatch.year",
            "openData.column.assessmentId",
            "openData.column.city",
            "openData.column.country",
            "openData.column.year",
            "openData.column.scorecardId",
            "openData.column.scorecardVersion",
            "openData.column.category",
            "openData.column.indicatorCode",
            "openData.column.indicatorName",
            "openData.column.status",
            "openData.column.level",
            "openData.column.value",
            "openData.column.score",
            "openData.column.comment",
            "openData.column.evidence",
            "openData.column.action",
            "compare.csv.answered",
            "compare.csv.category",
            "compare.csv.code",
            "compare.csv.comparable",
            "compare.csv.complete",
            "compare.csv.delta",
            "compare.csv.false",
            "compare.csv.indicator",
            "compare.csv.overall",
            "compare.csv.provisional",
            "compare.csv.status",
            "compare.csv.title",
            "compare.csv.true",
            "compare.csv.type",
            "workbook.instructions.1",
            "workbook.instructions.2",
            "workbook.instructions.3",
            "workbook.instructions.4",
            "workbook.instructions.5",
            "workbook.instructions.6",
            "people.role.admin",
            "people.role.trainer",
            "people.role.editor",
            "people.role.viewer",
            "scorecard.problem.categoryCodeTwice",
            "scorecard.problem.groupCodeTwice");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Set<String> english = load("en").stringPropertyNames();
        for (String language : Languages.SUPPORTED) {
            Set<String> keys = load(language).stringPropertyNames();
            assertThat(difference(english, keys))
                    .as("keys missing from messages_%s", language)
                    .isEmpty();
            assertThat(difference(keys, english))
                    .as("keys in messages_%s that English lacks", language)
                    .isEmpty();
        }
    }

    @Test
    void everyTranslationHasTheSamePlaceholders() {
        Properties english = load("en");
        for (String language : Languages.SUPPORTED) {
            Properties translated = load(language);
            List<String> different = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text != null && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    different.add(key + ": " + placeholders(english.getProperty(key)) + " vs " + placeholders(text));
                }
            }
            assertThat(different)
                    .as("placeholders differing in messages_%s", language)
                    .isEmpty();
        }
    }

    @Test
    void withArgumentsASingleQuoteIsWrittenTwice() {
        for (String language : Languages.SUPPORTED) {
            Properties bundle = load(language);
            List<String> lone = bundle.stringPropertyNames().stream()
                    .filter(key -> Pattern.compile("\\{\\d")
                            .matcher(bundle.getProperty(key))
                            .find())
                    .filter(key -> bundle.getProperty(key).replace("''", "").contains("'"))
                    .sorted()
                    .toList();
            assertThat(lone)
                    .as("texts with arguments and a lone ' in messages_%s (MessageFormat would drop it)", language)
                    .isEmpty();
        }
    }

    @Test
    void everyKeyIsUsed() {
        String pages = read(Path.of("src/main/resources/templates"), ".html")
                + read(Path.of("src/main/resources/static"), ".js");
        String java = read(Path.of("src/main/java"), ".java");
        List<String> unused = load("en").stringPropertyNames().stream()
                .filter(key -> !BUILT_BY_PREFIX.contains(key))
                .filter(key -> !profileLabels().contains(key))
                .filter(key -> !java.contains("\"" + key + "\"") && !java.contains("{" + key + "}"))
                .filter(key -> !Pattern.compile("(?<![\\w.-])" + Pattern.quote(key) + "(?![\\w.-])")
                        .matcher(pages)
                        .find())
                .sorted()
                .toList();
        assertThat(unused).as("keys no template, script or Java source uses").isEmpty();
    }

    /** The participant profile's labels, built from its dimensions and codes: join.profile.[dimension].[code]. */
    static Set<String> profileLabels() {
        Set<String> keys = new java.util.HashSet<>();
        ParticipantProfile.DIMENSIONS.forEach((dimension, codes) -> {
            keys.add("join.profile." + dimension);
            codes.forEach(code -> keys.add("join.profile." + dimension + "." + code));
        });
        return keys;
    }

    @Test
    void everyKeyATemplateAsksForExists() {
        Set<String> english = load("en").stringPropertyNames();
        Matcher keys =
                Pattern.compile("#\\{([\\w.-]+)").matcher(read(Path.of("src/main/resources/templates"), ".html"));
        Set<String> missing = new TreeSet<>();
        while (keys.find()) {
            if (!english.contains(keys.group(1))) {
                missing.add(keys.group(1));
            }
        }
        assertThat(missing)
                .as("keys templates use that messages.properties lacks")
                .isEmpty();
    }

    static Properties load(String language) {
        Path file =
                BUNDLES.resolve(language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER
                .matcher(text)
                .results()
                .map(match -> match.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> left = new TreeSet<>(all);
        left.removeAll(some);
        return left;
    }

    private static String read(Path folder, String ending) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(ending))
                    .map(file -> {
                        try {
                            return Files.readString(file, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
