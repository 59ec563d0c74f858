package org.cityscore.scorecard;

import java.util.ArrayList;
import java.util.List;
import org.cityscore.text.Message;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem found in one scorecard file, so all of them are reported at once. */
final class ProblemLog {

    private final String file;
    private final List<ScorecardProblem> problems = new ArrayList<>();

    ProblemLog(String file) {
        this.file = file;
    }

    /** A problem at a node: {@code code} names its text in the message bundles, {@code args} fill it in. */
    void add(Node node, String path, String code, Object... args) {
        add(node == null ? 0 : node.getStartMark().getLine() + 1, path, code, args);
    }

    void add(int line, String path, String code, Object... args) {
        problems.add(new ScorecardProblem(file, path, line, Message.of(code, args)));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ScorecardProblem> problems() {
        return List.copyOf(problems);
    }

    String file() {
        return file;
    }
}
