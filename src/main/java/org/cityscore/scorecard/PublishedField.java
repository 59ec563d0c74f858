package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A field of an indicator's answer that a published assessment shows to everyone (scorecard key {@code publish}):
 * the level (with the value and the indicator's score), the comment, the evidence, the planned action.
 */
public enum PublishedField {
    LEVEL("level"),
    COMMENT("comment"),
    EVIDENCE("evidence"),
    ACTION("action");

    /** What a scorecard without {@code publish} publishes: every field. */
    public static final Set<PublishedField> ALL = Collections.unmodifiableSet(EnumSet.allOf(PublishedField.class));

    private final String key;

    PublishedField(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** {@code publish: [level, comment]}; every field when the key is absent; each unknown entry is a problem. */
    static Set<PublishedField> read(YamlMapping top) {
        if (!top.has("publish")) {
            return ALL;
        }
        List<Node> nodes = top.list("publish", false);
        Set<PublishedField> fields = EnumSet.noneOf(PublishedField.class);
        for (int i = 0; i < nodes.size(); i++) {
            String text = YamlMapping.scalar(nodes.get(i));
            PublishedField field = Keyed.find(values(), PublishedField::key, text);
            if (field == null) {
                top.log().add(nodes.get(i), "publish[" + i + "]", "scorecard.problem.publishField", text, known());
            } else {
                fields.add(field);
            }
        }
        return Collections.unmodifiableSet(fields);
    }

    private static String known() {
        return Stream.of(values()).map(PublishedField::key).collect(Collectors.joining(", "));
    }
}
