package org.cityscore.action;

import java.util.List;
import org.cityscore.assessment.Assessment;
import org.springframework.stereotype.Component;

/**
 * The city's actions as the comparison and the report show them beside an assessment. They take an {@link Assessment}
 * the caller has already been allowed to read (through {@code AssessmentService}, which answers 404 outside the
 * reader's cities, or a published one), so the actions of its city are the reader's to see.
 */
@Component
public class ActionPlans {

    private final ActionRepository actions;

    ActionPlans(ActionRepository actions) {
        this.actions = actions;
    }

    /** Every action of the assessment's city on its scorecard, whatever its status, by due date (none last). */
    public List<Action> of(Assessment assessment) {
        return actions.ofScorecard(assessment.cityId(), assessment.scorecardId(), null);
    }

    /** The actions of the assessment's city on its scorecard that existed when the assessment was created. */
    public List<Action> existingAt(Assessment assessment) {
        return actions.ofScorecard(assessment.cityId(), assessment.scorecardId(), assessment.createdAt());
    }
}
