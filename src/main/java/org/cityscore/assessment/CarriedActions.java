package org.cityscore.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The city's actions that the entry and results pages show beside each indicator (the open ones of earlier years, and
 * those made from this assessment); kept by the action feature, declared here
 * so that {@code assessment} needs nothing of {@code action}.
 */
public interface CarriedActions {

    /** The open actions of the assessment's city on its scorecard, made before it (not from it), by due date. */
    List<CarriedAction> openFor(Assessment assessment);

    /** The actions made from this assessment, whatever their status, by due date: listed beside their indicators. */
    List<CarriedAction> madeFrom(Assessment assessment);

    /** What {@code which} asks of every implementation, by indicator code (none when the action feature is absent). */
    static Map<String, List<CarriedAction>> byIndicator(
            List<CarriedActions> sources, Function<CarriedActions, List<CarriedAction>> which) {
        return sources.stream()
                .flatMap(source -> which.apply(source).stream())
                .collect(Collectors.groupingBy(CarriedAction::indicatorCode));
    }
}
