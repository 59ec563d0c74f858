package org.cityscore.assessment;

import java.util.List;

/**
 * The city's open actions that the entry page shows beside each indicator; kept by the action feature, declared here
 * so that {@code assessment} needs nothing of {@code action}.
 */
public interface CarriedActions {

    /** The open actions of the assessment's city on its scorecard, made before it (not from it), by due date. */
    List<CarriedAction> openFor(Assessment assessment);
}
