package org.cityscore.assessment;

import org.cityscore.scorecard.Category;
import org.cityscore.scoring.CategoryResult;

/** How far a category is filled in: answered (N/A counts) out of its indicators. */
record CategoryProgress(Category category, CategoryResult result) {

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
