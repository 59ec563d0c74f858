package org.cityscore.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cityscore.assessment.AssessmentNotFoundException;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.VersionOrder;
import org.cityscore.scoring.Answer;
import org.cityscore.scoring.AssessmentResult;
import org.cityscore.scoring.IndicatorResult;
import org.cityscore.scoring.ScoreCalculator;
import org.cityscore.text.Languages;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Compares assessments of one scorecard: one city over the years, or several cities in one year. Indicators are
 * matched by code; one whose scale, kind or thresholds changed between versions, that a scorecard declares
 * changed ({@code comparableWith ... except}), or that exists in only one version is not comparable, and is left
 * out of every delta and of the category and overall figures.
 */
@Service
public class ComparisonService {

    private final AssessmentService assessments;

    private final Messages messages;

    private final ComparisonActions actions;

    ComparisonService(AssessmentService assessments, Messages messages, ComparisonActions actions) {
        this.messages = messages;
        this.assessments = assessments;
        this.actions = actions;
    }

    public Comparison compare(List<Long> ids, boolean allowMixed, String lang) {
        List<ScoredAssessment> scored =
                order(ids.stream().distinct().map(this::scored).toList());
        check(scored, allowMixed);
        ScorecardDefinition newest = scored.stream()
                .map(ScoredAssessment::definition)
                .max(Comparator.comparing(ScorecardDefinition::version, VersionOrder.INSTANCE))
                .orElseThrow();
        Set<String> codes = allCodes(newest, scored);
        Set<String> comparable = comparableCodes(scored, codes);
        List<AssessmentResult> onComparable = scored.stream()
                .map(s -> ScoreCalculator.score(
                        restricted(s.definition(), comparable),
                        s.responses().stream()
                                .filter(response -> comparable.contains(response.indicatorCode()))
                                .map(response -> new Answer(
                                        response.indicatorCode(),
                                        response.level(),
                                        response.value(),
                                        response.notApplicable()))
                                .toList()))
                .toList();
        List<Comparison.AssessmentColumn> columns = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            columns.add(Comparison.AssessmentColumn.of(
                    scored.get(i).assessment(),
                    onComparable.get(i).overallPercent(),
                    scored.get(i).result()));
        }
        int axes = newest.categories().size();
        List<Comparison.CategoryRow> categories = newest.categories().stream()
                .map(category -> categoryRow(category, onComparable, lang, axes))
                .toList();
        Map<String, List<Comparison.ActionMark>> aimedAt = actions.byIndicator(
                scored.stream().map(ScoredAssessment::assessment).toList());
        List<Comparison.IndicatorRow> indicators = new ArrayList<>();
        for (String code : codes) {
            indicators.add(
                    indicatorRow(code, scored, comparable.contains(code), lang, aimedAt.getOrDefault(code, List.of())));
        }
        // in the language asked for, like the titles: the page and the PDF show these notes as they are
        Locale locale = Languages.locale(lang);
        List<String> notes = new ArrayList<>();
        notes.add(messages.in(Message.of("compare.note.method"), locale));
        if (comparable.size() < indicators.size()) {
            notes.add(messages.in(
                    Message.of(
                            "compare.note.notComparable",
                            indicators.size() - comparable.size(),
                            scored.stream()
                                    .map(s -> s.definition().version())
                                    .distinct()
                                    .toList()),
                    locale));
        }
        return new Comparison(columns, categories, indicators, notes);
    }

    /**
     * The definition without the indicators that are not comparable: with the {@code sum} rule a question left out
     * must leave the maximum too, not count as a missing answer.
     */
    private static ScorecardDefinition restricted(ScorecardDefinition definition, Set<String> comparable) {
        List<Category> categories = definition.categories().stream()
                .map(category -> new Category(
                        category.code(),
                        category.title(),
                        category.description(),
                        category.weight(),
                        category.indicators().stream()
                                .filter(indicator -> comparable.contains(indicator.code()))
                                .toList(),
                        category.groups()))
                .toList();
        return new ScorecardDefinition(
                definition.id(),
                definition.version(),
                definition.languages(),
                definition.title(),
                definition.description(),
                definition.source(),
                definition.scale(),
                definition.aggregation(),
                definition.bands(),
                categories,
                definition.comparableWith(),
                definition.publish());
    }

    private ScoredAssessment scored(long id) {
        try {
            return assessments.scored(id);
        } catch (AssessmentNotFoundException e) {
            throw new ComparisonException(HttpStatus.NOT_FOUND, Message.of("compare.error.notFound", id));
        }
    }

    /** One city over the years: oldest first. Several cities: in the order asked. */
    private static List<ScoredAssessment> order(List<ScoredAssessment> scored) {
        List<ScoredAssessment> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingInt(s -> s.assessment().year()));
        return sorted;
    }

    private static void check(List<ScoredAssessment> scored, boolean allowMixed) {
        if (scored.size() < 2) {
            throw new ComparisonException(Message.of("compare.error.tooFew"));
        }
        Set<String> scorecards = new LinkedHashSet<>();
        scored.forEach(s -> scorecards.add(s.assessment().scorecardId()));
        if (scorecards.size() > 1) {
            throw new ComparisonException(Message.of("compare.error.scorecards", String.join(", ", scorecards)));
        }
        long cities =
                scored.stream().map(s -> s.assessment().cityId()).distinct().count();
        long years = scored.stream().map(s -> s.assessment().year()).distinct().count();
        if (cities > 1 && years > 1 && !allowMixed) {
            throw new ComparisonException(Message.of("compare.error.mixed"));
        }
    }

    /** Every indicator code of the versions compared: the newest version's order first, then codes it dropped. */
    private static Set<String> allCodes(ScorecardDefinition newest, List<ScoredAssessment> scored) {
        Set<String> codes = new LinkedHashSet<>();
        newest.indicators().forEach(indicator -> codes.add(indicator.code()));
        scored.forEach(s -> s.definition().indicators().forEach(indicator -> codes.add(indicator.code())));
        return codes;
    }

    private static Set<String> comparableCodes(List<ScoredAssessment> scored, Set<String> codes) {
        Set<String> comparable = new LinkedHashSet<>();
        ScorecardDefinition first = scored.get(0).definition();
        for (String code : codes) {
            boolean everywhere = scored.stream().allMatch(s -> comparable(first, s.definition(), code));
            if (everywhere) {
                comparable.add(code);
            }
        }
        return comparable;
    }

    static boolean comparable(ScorecardDefinition a, ScorecardDefinition b, String code) {
        Indicator x = a.indicator(code).orElse(null);
        Indicator y = b.indicator(code).orElse(null);
        if (x == null || y == null) {
            return false;
        }
        if (a.version().equals(b.version())) {
            return true;
        }
        boolean sameMeasure = a.scale().min() == b.scale().min()
                && a.scale().max() == b.scale().max()
                && x.kind() == y.kind()
                && Objects.equals(x.thresholds(), y.thresholds());
        return sameMeasure && !declaredChanged(a, b, code) && !declaredChanged(b, a, code);
    }

    private static boolean declaredChanged(ScorecardDefinition newer, ScorecardDefinition older, String code) {
        return newer.comparableWith().stream()
                .anyMatch(c -> c.version().equals(older.version()) && c.except().contains(code));
    }

    private static Comparison.CategoryRow categoryRow(
            Category category, List<AssessmentResult> results, String lang, int axes) {
        List<Double> percents = results.stream()
                .map(result ->
                        result.category(category.code()).map(c -> c.percent()).orElse(null))
                .toList();
        Double first = percents.get(0);
        Double last = percents.get(percents.size() - 1);
        return new Comparison.CategoryRow(
                category.code(),
                category.title().in(lang),
                category.chartLabel(lang, axes),
                percents,
                first == null || last == null ? null : last - first);
    }

    private static Comparison.IndicatorRow indicatorRow(
            String code,
            List<ScoredAssessment> scored,
            boolean comparable,
            String lang,
            List<Comparison.ActionMark> actions) {
        List<Integer> levels = new ArrayList<>();
        List<Double> percents = new ArrayList<>();
        String title = null;
        String category = null;
        for (ScoredAssessment s : scored) {
            IndicatorResult result = s.result().indicator(code).orElse(null);
            levels.add(result == null ? null : result.level());
            percents.add(result == null ? null : result.percent());
            if (result != null) {
                category = result.categoryCode();
                title = s.definition()
                        .indicator(code)
                        .map(Indicator::name)
                        .map(text -> text.in(lang))
                        .orElse(title);
            }
        }
        Integer first = levels.get(0);
        Integer last = levels.get(levels.size() - 1);
        return new Comparison.IndicatorRow(
                code,
                title,
                category,
                levels,
                percents,
                comparable && first != null && last != null ? last - first : null,
                comparable,
                actions);
    }
}
