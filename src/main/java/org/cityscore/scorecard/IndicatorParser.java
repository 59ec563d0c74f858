package org.cityscore.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;

/** Reads indicators, rated or measured, and checks their levels and thresholds against the scale. */
final class IndicatorParser {

    private static final Set<String> INDICATOR_KEYS = Set.of(
            "code",
            "kind",
            "name",
            "question",
            "guidance",
            "weight",
            "notApplicableAllowed",
            "levels",
            "unit",
            "range",
            "thresholds");
    private static final Set<String> MEASURED_ONLY = Set.of("unit", "range", "thresholds");
    private static final Set<String> RANGE_KEYS = Set.of("min", "max");
    private static final Set<String> THRESHOLD_KEYS = Set.of("direction", "levels");

    private final ProblemLog log;
    private final List<String> languages;
    private final Scale scale;
    private final Set<String> codes = new HashSet<>();

    IndicatorParser(ProblemLog log, List<String> languages, Scale scale) {
        this.log = log;
        this.languages = languages;
        this.scale = scale;
    }

    List<Indicator> read(YamlMapping parent, String group) {
        List<Indicator> indicators = new ArrayList<>();
        List<Node> nodes = parent.list("indicators", false);
        for (int i = 0; i < nodes.size(); i++) {
            String code = YamlMapping.scalar(CategoryParser.codeNode(nodes.get(i)));
            String path = parent.path() + ".indicators[" + (code == null || code.isBlank() ? i : code) + "]";
            YamlMapping indicator = YamlMapping.of(nodes.get(i), path, log, INDICATOR_KEYS);
            if (indicator != null) {
                indicators.add(indicator(indicator, group));
            }
        }
        return indicators;
    }

    private Indicator indicator(YamlMapping in, String group) {
        String code = in.string("code", true);
        if (code != null && !codes.add(code)) {
            log.add(in.get("code"), YamlMapping.child(in.path(), "code"), "scorecard.problem.indicatorCodeTwice", code);
        }
        IndicatorKind kind = kind(in);
        Thresholds thresholds = null;
        ValueRange range = null;
        LocalizedText unit = null;
        if (kind == IndicatorKind.MEASURED) {
            unit = in.text("unit", true, languages);
            range = range(in);
            thresholds = thresholds(in);
        } else {
            for (String key : MEASURED_ONLY) {
                if (in.has(key)) {
                    log.add(in.keyNode(key), YamlMapping.child(in.path(), key), "scorecard.problem.measuredOnly", key);
                }
            }
        }
        return new Indicator(
                code,
                kind,
                in.text("name", true, languages),
                in.text("question", true, languages),
                in.text("guidance", false, languages),
                in.weight(),
                in.bool("notApplicableAllowed"),
                levels(in),
                unit,
                range,
                thresholds,
                group);
    }

    private IndicatorKind kind(YamlMapping in) {
        String key = in.string("kind", false);
        if (key == null) {
            return IndicatorKind.RATED;
        }
        IndicatorKind kind = IndicatorKind.fromKey(key);
        if (kind == null) {
            log.add(in.get("kind"), YamlMapping.child(in.path(), "kind"), "scorecard.problem.kind", key);
            return IndicatorKind.RATED;
        }
        return kind;
    }

    private Map<Integer, LocalizedText> levels(YamlMapping in) {
        Map<Integer, LocalizedText> levels = new LinkedHashMap<>();
        in.levelMap("levels").forEach((level, node) -> {
            String path = in.path() + ".levels." + level;
            if (scale != null && !scale.contains(level)) {
                log.add(node, path, "scorecard.problem.levelOutside", level, scale.range());
            } else {
                levels.put(level, in.textAt(node, path, languages));
            }
        });
        return levels;
    }

    private ValueRange range(YamlMapping in) {
        if (!in.has("range")) {
            return null;
        }
        YamlMapping range = YamlMapping.of(in.get("range"), YamlMapping.child(in.path(), "range"), log, RANGE_KEYS);
        if (range == null) {
            return null;
        }
        BigDecimal min = range.number("min");
        BigDecimal max = range.number("max");
        if (min != null && max != null && min.compareTo(max) >= 0) {
            log.add(
                    range.node(),
                    range.path(),
                    "scorecard.problem.rangeOrder",
                    min.toPlainString(),
                    max.toPlainString());
        }
        return new ValueRange(min, max);
    }

    private Thresholds thresholds(YamlMapping in) {
        String path = YamlMapping.child(in.path(), "thresholds");
        if (!in.has("thresholds")) {
            log.add(in.node(), path, "scorecard.problem.thresholdsRequired");
            return null;
        }
        YamlMapping thresholds = YamlMapping.of(in.get("thresholds"), path, log, THRESHOLD_KEYS);
        if (thresholds == null) {
            return null;
        }
        String key = thresholds.string("direction", true);
        Thresholds.Direction direction = key == null ? null : Thresholds.Direction.fromKey(key);
        if (key != null && direction == null) {
            log.add(thresholds.get("direction"), path + ".direction", "scorecard.problem.direction", key);
        }
        Map<Integer, Node> valueNodes = thresholds.levelMap("levels");
        TreeMap<Integer, BigDecimal> values = thresholdValues(thresholds, path, valueNodes);
        if (direction != null && scale != null) {
            new ThresholdCheck(log, path, thresholds.keyNode("levels"), scale, direction).check(values, valueNodes);
        }
        return direction == null ? null : new Thresholds(direction, values);
    }

    private TreeMap<Integer, BigDecimal> thresholdValues(
            YamlMapping thresholds, String path, Map<Integer, Node> nodes) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        if (nodes.isEmpty()) {
            log.add(thresholds.node(), path + ".levels", "scorecard.problem.thresholdLevels");
        }
        nodes.forEach((level, node) -> {
            String levelPath = path + ".levels." + level;
            String text = YamlMapping.scalar(node);
            if (scale != null && !scale.contains(level)) {
                log.add(node, levelPath, "scorecard.problem.levelOutside", level, scale.range());
            } else if (text == null || text.isBlank()) {
                log.add(node, levelPath, "scorecard.problem.thresholdNumber", level);
            } else {
                BigDecimal value = thresholds.parseNumber(text, node, levelPath);
                if (value != null) {
                    values.put(level, value);
                }
            }
        });
        return values;
    }
}
