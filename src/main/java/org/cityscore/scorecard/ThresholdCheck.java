package org.cityscore.scorecard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;

/** Checks that thresholds name every level above the scale's minimum and move the right way. */
final class ThresholdCheck {

    private final ProblemLog log;
    private final String path;
    private final Node node;
    private final Scale scale;
    private final Thresholds.Direction direction;

    ThresholdCheck(ProblemLog log, String path, Node node, Scale scale, Thresholds.Direction direction) {
        this.log = log;
        this.path = path + ".levels";
        this.node = node;
        this.scale = scale;
        this.direction = direction;
    }

    void check(TreeMap<Integer, BigDecimal> values, Map<Integer, Node> valueNodes) {
        if (values.containsKey(scale.min())) {
            log.add(
                    valueNodes.getOrDefault(scale.min(), node),
                    path + "." + scale.min(),
                    "scorecard.problem.minimumThreshold",
                    scale.min());
        }
        for (int level = scale.min() + 1; level <= scale.max(); level++) {
            if (!values.containsKey(level)) {
                log.add(node, path, "scorecard.problem.thresholdMissing", level, scale.min() + 1, scale.max());
            }
        }
        Map.Entry<Integer, BigDecimal> previous = null;
        for (Map.Entry<Integer, BigDecimal> entry : values.entrySet()) {
            if (previous != null && !inOrder(previous.getValue(), entry.getValue())) {
                log.add(
                        valueNodes.getOrDefault(entry.getKey(), node),
                        path + "." + entry.getKey(),
                        direction == Thresholds.Direction.HIGHER_IS_BETTER
                                ? "scorecard.problem.thresholdOrder.higher"
                                : "scorecard.problem.thresholdOrder.lower",
                        entry.getKey(),
                        entry.getValue().toPlainString(),
                        previous.getKey(),
                        previous.getValue().toPlainString());
            }
            previous = entry;
        }
    }

    private boolean inOrder(BigDecimal lower, BigDecimal higher) {
        int comparison = higher.compareTo(lower);
        return direction == Thresholds.Direction.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
    }
}
