package org.cityscore.scorecard;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.math.BigDecimal;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
            log.add(node, path, "expected a set of keys (key: value) here");
            return null;
        }
        YamlMapping result = new YamlMapping(node, path, log);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            String keyPath = child(path, key);
            if (key == null) {
                log.add(tuple.getKeyNode(), path, "a key must be a plain word");
            } else if (!allowedKeys.contains(key)) {
                log.add(tuple.getKeyNode(), keyPath, "unknown key '" + key + "'; allowed here: " + String.join(", ", new TreeSet<>(allowedKeys)));
            } else if (result.values.containsKey(key)) {
                log.add(tuple.getKeyNode(), keyPath, "key '" + key + "' appears twice; keep one");
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
                log.add(value == null ? node : value, child(path, key), "'" + key + "' is required");
            }
            return null;
        }
        String text = scalar(value);
        if (text == null) {
            log.add(value, child(path, key), "'" + key + "' must be a single value, not a list or a set of keys");
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
            log.add(values.get(key), child(path, key), "'" + text + "' is not a whole number");
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
            log.add(at, atPath, "'" + text + "' is not a number");
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
            log.add(values.get("weight"), child(path, "weight"), "weight must be above 0 (it is " + weight.toPlainString() + ")");
        }
        return weight.doubleValue();
    }

    boolean bool(String key) {
        String text = string(key, false);
        if (text == null) {
            return false;
        }
        if (!text.equals("true") && !text.equals("false")) {
            log.add(values.get(key), child(path, key), "'" + key + "' must be true or false");
        }
        return text.equals("true");
    }

    List<Node> list(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isEmpty(value)) {
            if (required) {
                log.add(value == null ? node : value, child(path, key), "'" + key + "' is required and must list at least one entry");
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            log.add(value, child(path, key), "'" + key + "' must be a list (lines starting with '- ')");
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
                log.add(value == null ? node : value, textPath, "'" + key + "' is required");
            }
            return null;
        }
        return textAt(value, textPath, languages);
    }

    LocalizedText textAt(Node value, String textPath, List<String> languages) {
        if (!(value instanceof MappingNode mapping)) {
            log.add(value, textPath, "a text must give each language, for example {en: \"...\", zh: \"...\"}");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String tag = scalar(tuple.getKeyNode());
            String text = scalar(tuple.getValueNode());
            if (tag == null || !isLanguageTag(tag)) {
                log.add(tuple.getKeyNode(), textPath, "'" + tag + "' is not a language tag such as en, zh or zh-Hant");
            } else if (text == null) {
                log.add(tuple.getValueNode(), child(textPath, tag), "the " + tag + " text must be a single string");
            } else {
                texts.put(tag, text.strip());
            }
        }
        for (String language : languages) {
            if (texts.get(language) == null || texts.get(language).isBlank()) {
                log.add(value, textPath, "the " + language + " text is missing (every text needs: " + String.join(", ", languages) + ")");
            }
        }
        return new LocalizedText(texts);
    }

    static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
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
            log.add(value, mapPath, "'" + key + "' must map each level to a value, for example 0: ... and 3: ...");
            return levels;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String level = scalar(tuple.getKeyNode());
            try {
                Integer parsed = Integer.valueOf(level == null ? "" : level.trim());
                if (levels.putIfAbsent(parsed, tuple.getValueNode()) != null) {
                    log.add(tuple.getKeyNode(), child(mapPath, level), "level " + level + " appears twice; keep one");
                }
            } catch (NumberFormatException e) {
                log.add(tuple.getKeyNode(), child(mapPath, String.valueOf(level)), "'" + level + "' is not a level (a whole number)");
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
