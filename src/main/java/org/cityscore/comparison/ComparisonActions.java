package org.cityscore.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.action.Action;
import org.cityscore.action.ActionPlans;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentChange;
import org.cityscore.assessment.AssessmentReview;
import org.springframework.stereotype.Component;

/**
 * The city's actions beside a comparison of its assessments over the years. Listed: the actions of the city on the
 * scorecard that existed when the last assessment compared was created, with their status now. Done between the
 * assessments: marked done after the first assessment was created and no later than the last one was signed off
 * (approved, or finalized without review); while the last one is a draft or in review, any time since the first, so
 * an action marked done while the later assessment is being answered counts. A comparison of several cities shows none.
 */
@Component
class ComparisonActions {

    private final ActionPlans plans;
    private final AssessmentReview review;

    ComparisonActions(ActionPlans plans, AssessmentReview review) {
        this.plans = plans;
        this.review = review;
    }

    /** The actions by the code of each indicator they are aimed at; {@code compared} is oldest first. */
    Map<String, List<Comparison.ActionMark>> byIndicator(List<Assessment> compared) {
        if (compared.stream().map(Assessment::cityId).distinct().count() != 1) {
            return Map.of();
        }
        Assessment first = compared.get(0);
        Assessment last = compared.get(compared.size() - 1);
        Instant from = first.createdAt();
        Instant until =
                review.signOff(last.id()).map(AssessmentChange::changedAt).orElse(null);
        Map<String, List<Comparison.ActionMark>> byCode = new HashMap<>();
        for (Action action : plans.existingAt(last)) {
            Instant doneAt = action.doneAt();
            boolean between = doneAt != null && doneAt.isAfter(from) && (until == null || !doneAt.isAfter(until));
            Comparison.ActionMark mark =
                    new Comparison.ActionMark(action.id(), action.title(), action.status(), doneAt, between);
            action.indicatorCodes()
                    .forEach(code ->
                            byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(mark));
        }
        return byCode;
    }
}
