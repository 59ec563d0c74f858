package org.cityscore.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.cityscore.scoring.IndicatorResult;

/**
 * Strengths and priorities among the answered indicators: disjoint, at most five each (and at most half of the answered),
 * a priority always scores below every strength, and a cut through a tie is said ("and 3 more at level 4") rather than
 * hidden. With fewer than six answered there is one list, answered so far.
 */
record ReportHighlights(
        List<IndicatorResult> strengths,
        Tie strengthTies,
        List<IndicatorResult> priorities,
        Tie priorityTies,
        List<IndicatorResult> answeredSoFar) {

    static final int MOST = 5;
    static final int ONE_LIST_BELOW = 6;

    /** {@code more} indicators not listed score the same as the last one listed, at {@code level}. */
    record Tie(int more, int level) {}

    static ReportHighlights of(List<IndicatorResult> answered) {
        Comparator<IndicatorResult> best =
                Comparator.comparingDouble(IndicatorResult::percent).reversed();
        List<IndicatorResult> ordered = answered.stream().sorted(best).toList();
        if (ordered.size() < ONE_LIST_BELOW) {
            return new ReportHighlights(List.of(), null, List.of(), null, ordered);
        }
        int each = Math.min(MOST, ordered.size() / 2);
        List<IndicatorResult> strengths = ordered.subList(0, each);
        double weakestStrength = strengths.get(each - 1).percent();
        List<IndicatorResult> priorities = new ArrayList<>(ordered.subList(ordered.size() - each, ordered.size()));
        Collections.reverse(priorities);
        priorities.removeIf(priority -> priority.percent() >= weakestStrength);
        List<IndicatorResult> unlisted = ordered.stream()
                .filter(result -> !strengths.contains(result) && !priorities.contains(result))
                .toList();
        return new ReportHighlights(
                strengths, tie(strengths, unlisted), priorities, tie(priorities, unlisted), List.of());
    }

    private static Tie tie(List<IndicatorResult> listed, List<IndicatorResult> unlisted) {
        if (listed.isEmpty()) {
            return null;
        }
        IndicatorResult last = listed.get(listed.size() - 1);
        int more = (int) unlisted.stream()
                .filter(other -> other.percent().equals(last.percent()))
                .count();
        return more == 0 ? null : new Tie(more, last.level());
    }
}
