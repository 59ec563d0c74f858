package org.cityscore.scorecard;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one scorecard file into a {@link ScorecardDefinition}, or into the list of everything wrong with it. */
public final class ScorecardParser {

    private static final Set<String> TOP_KEYS = Set.of(
            "id",
            "version",
            "languages",
            "title",
            "description",
            "source",
            "scale",
            "aggregation",
            "bands",
            "categories",
            "comparableWith",
            "publish");
    private static final Set<String> COMPARABLE_KEYS = Set.of("version", "except");
    private static final Set<String> SOURCE_KEYS = Set.of("citation", "url", "note");
    private static final Set<String> SCALE_KEYS = Set.of("min", "max", "labels");
    private static final Set<String> BAND_KEYS = Set.of("from", "label");
    /** Anchors and aliases that repeat a list or mapping: a few are handy, thousands are a "billion laughs" attack. */
    static final int MAX_ALIASES = 20;

    static final int MAX_DEPTH = 30;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The definition, when the file has no problem; otherwise every problem found. */
    public record Outcome(ScorecardDefinition definition, List<ScorecardProblem> problems) {
        public boolean isValid() {
            return definition != null;
        }
    }

    public Outcome parse(String file, Reader reader) {
        ProblemLog log = new ProblemLog(file);
        Node root = compose(reader, log);
        if (root == null) {
            if (log.isEmpty()) {
                log.add(1, "", "scorecard.problem.emptyFile");
            }
            return new Outcome(null, log.problems());
        }
        ScorecardDefinition definition = read(root, log);
        return log.isEmpty() ? new Outcome(definition, List.of()) : new Outcome(null, log.problems());
    }

    private static Node compose(Reader reader, ProblemLog log) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(4 * 1024 * 1024);
        // a scorecard nests about eight levels deep; SnakeYAML composes nodes only, so no class is ever constructed
        options.setNestingDepthLimit(MAX_DEPTH);
        try {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            log.add(mark == null ? 0 : mark.getLine() + 1, "", "scorecard.problem.yamlAt", e.getProblem());
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("aliases")) {
                log.add(0, "", "scorecard.problem.aliases", MAX_ALIASES);
            } else if (message.contains("Nesting Depth")) {
                log.add(0, "", "scorecard.problem.depth", MAX_DEPTH);
            } else {
                log.add(0, "", "scorecard.problem.yaml", message);
            }
        }
        return null;
    }

    private static ScorecardDefinition read(Node root, ProblemLog log) {
        YamlMapping top = YamlMapping.of(root, "", log, TOP_KEYS);
        if (top == null) {
            return null;
        }
        String id = top.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            log.add(top.get("id"), "id", "scorecard.problem.id", id);
        }
        List<String> languages = languages(top);
        Scale scale = scale(top, languages);
        Aggregation aggregation = aggregation(top);
        LocalizedText title = top.text("title", true, languages);
        LocalizedText description = top.text("description", false, languages);
        Source source = source(top, languages);
        List<Band> bands = bands(top, languages);
        List<Category> categories = new CategoryParser(top, languages, scale).categories();
        return new ScorecardDefinition(
                id,
                top.string("version", true),
                languages,
                title,
                description,
                source,
                scale,
                aggregation,
                bands,
                categories,
                comparableWith(top),
                PublishedField.read(top));
    }

    private static List<String> languages(YamlMapping top) {
        List<String> languages = new ArrayList<>();
        List<Node> nodes = top.list("languages", true);
        for (int i = 0; i < nodes.size(); i++) {
            String tag = YamlMapping.scalar(nodes.get(i));
            if (tag == null || !YamlMapping.isLanguageTag(tag)) {
                top.log().add(nodes.get(i), "languages[" + i + "]", "scorecard.problem.languageTag", tag);
            } else if (languages.contains(tag)) {
                top.log().add(nodes.get(i), "languages[" + i + "]", "scorecard.problem.languageTwice", tag);
            } else {
                languages.add(tag);
            }
        }
        return languages;
    }

    private static Scale scale(YamlMapping top, List<String> languages) {
        if (!top.has("scale")) {
            top.log().add(top.node(), "scale", "scorecard.problem.scaleRequired");
            return null;
        }
        YamlMapping scale = YamlMapping.of(top.get("scale"), "scale", top.log(), SCALE_KEYS);
        if (scale == null) {
            return null;
        }
        Integer min = scale.integer("min", true);
        Integer max = scale.integer("max", true);
        if (min == null || max == null) {
            return null;
        }
        if (min >= max) {
            top.log().add(scale.node(), "scale", "scorecard.problem.scaleOrder", min, max);
            return null;
        }
        Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
        scale.levelMap("labels").forEach((level, node) -> {
            String path = "scale.labels." + level;
            if (level < min || level > max) {
                top.log().add(node, path, "scorecard.problem.levelOutside", level, min + "–" + max);
            } else {
                labels.put(level, scale.textAt(node, path, languages));
            }
        });
        for (int level = min; level <= max; level++) {
            if (!labels.containsKey(level)) {
                top.log().add(scale.node(), "scale.labels", "scorecard.problem.labelMissing", level, min, max);
            }
        }
        return new Scale(min, max, labels);
    }

    private static Aggregation aggregation(YamlMapping top) {
        String key = top.string("aggregation", false);
        if (key == null) {
            return Aggregation.WEIGHTED_MEAN;
        }
        Aggregation aggregation = Aggregation.fromKey(key);
        if (aggregation == null) {
            top.log().add(top.get("aggregation"), "aggregation", "scorecard.problem.aggregation", key);
        }
        return aggregation;
    }

    private static Source source(YamlMapping top, List<String> languages) {
        if (!top.has("source")) {
            top.log().add(top.node(), "source", "scorecard.problem.sourceRequired");
            return null;
        }
        YamlMapping source = YamlMapping.of(top.get("source"), "source", top.log(), SOURCE_KEYS);
        if (source == null) {
            return null;
        }
        return new Source(
                source.string("citation", true), source.string("url", false), source.text("note", true, languages));
    }

    /** {@code comparableWith}: one {version, except} or a list of them. */
    private static List<Comparability> comparableWith(YamlMapping top) {
        Node node = top.get("comparableWith");
        if (node == null) {
            return List.of();
        }
        List<Node> entries =
                node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<Comparability> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = entries.size() == 1 && !(node instanceof org.yaml.snakeyaml.nodes.SequenceNode)
                    ? "comparableWith"
                    : "comparableWith[" + i + "]";
            YamlMapping entry = YamlMapping.of(entries.get(i), path, top.log(), COMPARABLE_KEYS);
            if (entry == null) {
                continue;
            }
            String version = entry.string("version", true);
            Set<String> except = new LinkedHashSet<>();
            for (Node code : entry.list("except", false)) {
                String text = YamlMapping.scalar(code);
                if (text == null) {
                    top.log().add(code, path + ".except", "scorecard.problem.exceptCodes");
                } else {
                    except.add(text);
                }
            }
            if (version != null) {
                result.add(new Comparability(version, except));
            }
        }
        return result;
    }

    private static List<Band> bands(YamlMapping top, List<String> languages) {
        List<Band> bands = new ArrayList<>();
        List<Node> nodes = top.list("bands", false);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "bands[" + i + "]";
            YamlMapping band = YamlMapping.of(nodes.get(i), path, top.log(), BAND_KEYS);
            if (band == null) {
                continue;
            }
            BigDecimal from = band.number("from");
            LocalizedText label = band.text("label", true, languages);
            if (from == null) {
                top.log().add(band.node(), path + ".from", "scorecard.problem.bandFrom");
                continue;
            }
            BigDecimal previous = bands.isEmpty()
                    ? BigDecimal.ONE.negate()
                    : BigDecimal.valueOf(bands.get(bands.size() - 1).from());
            if (i == 0 && from.signum() != 0) {
                top.log().add(band.get("from"), path + ".from", "scorecard.problem.firstBand");
            } else if (from.compareTo(previous) <= 0 || from.compareTo(BigDecimal.valueOf(100)) > 0) {
                top.log()
                        .add(
                                band.get("from"),
                                path + ".from",
                                "scorecard.problem.bandsRise",
                                from.toPlainString(),
                                previous.stripTrailingZeros().toPlainString());
            }
            bands.add(new Band(from.doubleValue(), label));
        }
        return bands;
    }
}
