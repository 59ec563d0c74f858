package org.cityscore.assessment;

import java.util.List;
import java.util.stream.IntStream;
import org.cityscore.scorecard.Category;
import org.cityscore.scoring.CategoryResult;

/** How far a category is filled in: answered (N/A counts) out of its indicators. */
record CategoryProgress(Category category, CategoryResult result) {

    /** Every category of a scored assessment, in the scorecard's order. */
    static List<CategoryProgress> of(ScoredAssessment scored) {
        List<CategoryResult> results = scored.result().categories();
        return IntStream.range(0, results.size())
                .mapToObj(i ->
                        new CategoryProgress(scored.definition().categories().get(i), results.get(i)))
                .toList();
    }

    public int done() {
        return result.completeness().answered() + result.completeness().notApplicable();
    }

    public int total() {
        return result.completeness().total();
    }

    public int percentDone() {
        return total() == 0 ? 100 : Math.round(100f * done() / total());
    }
}
