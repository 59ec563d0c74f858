package org.cityscore.scorecard;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in one scorecard file, so all of them are reported at once. */
final class ProblemLog {

    private final String file;
    private final List<ScorecardProblem> problems = new ArrayList<>();

    ProblemLog(String file) {
        this.file = file;
    }

    void add(Node node, String path, String message) {
        add(node == null ? 0 : node.getStartMark().getLine() + 1, path, message);
    }

    void add(int line, String path, String message) {
        problems.add(new ScorecardProblem(file, path, line, message));
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
