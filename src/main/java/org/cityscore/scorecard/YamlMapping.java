package org.cityscore.scorecard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read from a composed node tree, with the key path and line of every value at hand.
 * Every accessor reports what is wrong to the {@link ProblemLog} and returns null, so reading goes on.
 */
final class YamlMapping {

    private final Node node;
    private final String path;
    private final ProblemLog log;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    private YamlMapping(Node node, String path, ProblemLog log) {
        this.node = node;
        this.path = path;
        this.log = log;
    }

    /** Reads a mapping and reports unknown and repeated keys; null (reported) when the node is no mapping. */
    static YamlMapping of(Node node, String path, ProblemLog log, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            log.add(node, path, "scorecard.problem.mapping");
            return null;
        }
        YamlMapping result = new YamlMapping(node, path, log);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            String keyPath = child(path, key);
            if (key == null) {
                log.add(tuple.getKeyNode(), path, "scorecard.problem.plainKey");
            } else if (!allowedKeys.contains(key)) {
                log.add(
                        tuple.getKeyNode(),
                        keyPath,
                        "scorecard.problem.unknownKey",
                        key,
                        String.join(", ", new TreeSet<>(allowedKeys)));
            } else if (result.values.containsKey(key)) {
                log.add(tuple.getKeyNode(), keyPath, "scorecard.problem.keyTwice", key);
            } else {
                result.values.put(key, tuple.getValueNode());
                result.keys.put(key, tuple.getKeyNode());
            }
        }
        return result;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    ProblemLog log() {
        return log;
    }

    boolean has(String key) {
        Node value = values.get(key);
        return value != null && !isEmpty(value);
    }

    Node get(String key) {
        return values.get(key);
    }

    /** The key's own node: its line is the line a person looks for, also when the value is a block below it. */
    Node keyNode(String key) {
        return keys.get(key);
    }

    String string(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isEmpty(value)) {
            if (required) {
                log.add(value == null ? node : value, child(path, key), "scorecard.problem.required", key);
            }
            return null;
        }
        String text = scalar(value);
        if (text == null) {
            log.add(value, child(path, key), "scorecard.problem.single", key);
        }
        return text;
    }

    Integer integer(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            log.add(values.get(key), child(path, key), "scorecard.problem.wholeNumber", text);
            return null;
        }
    }

    BigDecimal number(String key) {
        String text = string(key, false);
        return text == null ? null : parseNumber(text, values.get(key), child(path, key));
    }

    BigDecimal parseNumber(String text, Node at, String atPath) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            log.add(at, atPath, "scorecard.problem.number", text);
            return null;
        }
    }

    /** A weight: a number above 0, 1 when absent. */
    double weight() {
        BigDecimal weight = number("weight");
        if (weight == null) {
            return 1;
        }
        if (weight.signum() <= 0) {
            log.add(values.get("weight"), child(path, "weight"), "scorecard.problem.weight", weight.toPlainString());
        }
        return weight.doubleValue();
    }

    boolean bool(String key) {
        String text = string(key, false);
        if (text == null) {
            return false;
        }
        if (!text.equals("true") && !text.equals("false")) {
            log.add(values.get(key), child(path, key), "scorecard.problem.bool", key);
        }
        return text.equals("true");
    }

    List<Node> list(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isEmpty(value)) {
            if (required) {
                log.add(value == null ? node : value, child(path, key), "scorecard.problem.listRequired", key);
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            log.add(value, child(path, key), "scorecard.problem.list", key);
            return List.of();
        }
        return sequence.getValue();
    }

    /** A text in several languages; reports a missing required language and malformed tags. */
    LocalizedText text(String key, boolean required, List<String> languages) {
        Node value = values.get(key);
        String textPath = child(path, key);
        if (value == null || isEmpty(value)) {
            if (required) {
                log.add(value == null ? node : value, textPath, "scorecard.problem.required", key);
            }
            return null;
        }
        return textAt(value, textPath, languages);
    }

    LocalizedText textAt(Node value, String textPath, List<String> languages) {
        if (!(value instanceof MappingNode mapping)) {
            log.add(value, textPath, "scorecard.problem.text");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String tag = scalar(tuple.getKeyNode());
            String text = scalar(tuple.getValueNode());
            if (tag == null || !isLanguageTag(tag)) {
                log.add(tuple.getKeyNode(), textPath, "scorecard.problem.languageTag", tag);
            } else if (text == null) {
                log.add(tuple.getValueNode(), child(textPath, tag), "scorecard.problem.textSingle", tag);
            } else {
                texts.put(tag, text.strip());
            }
        }
        for (String language : languages) {
            if (texts.get(language) == null || texts.get(language).isBlank()) {
                log.add(
                        value,
                        child(textPath, language),
                        "scorecard.problem.textMissing",
                        language,
                        String.join(", ", languages));
            }
        }
        return new LocalizedText(texts);
    }

    static boolean isLanguageTag(String tag) {
        return LanguageChoice.isLanguageTag(tag);
    }

    /** A mapping keyed by level ({@code 0: ..., 3: ...}); reports keys that are no whole number or repeat. */
    Map<Integer, Node> levelMap(String key) {
        Node value = values.get(key);
        Map<Integer, Node> levels = new LinkedHashMap<>();
        if (value == null || isEmpty(value)) {
            return levels;
        }
        String mapPath = child(path, key);
        if (!(value instanceof MappingNode mapping)) {
            log.add(value, mapPath, "scorecard.problem.levelMap", key);
            return levels;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String level = scalar(tuple.getKeyNode());
            try {
                Integer parsed = Integer.valueOf(level == null ? "" : level.trim());
                if (levels.putIfAbsent(parsed, tuple.getValueNode()) != null) {
                    log.add(tuple.getKeyNode(), child(mapPath, level), "scorecard.problem.levelTwice", level);
                }
            } catch (NumberFormatException e) {
                log.add(
                        tuple.getKeyNode(),
                        child(mapPath, String.valueOf(level)),
                        "scorecard.problem.notALevel",
                        level);
            }
        }
        return levels;
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().isEmpty();
    }
}
