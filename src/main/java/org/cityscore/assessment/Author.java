package org.cityscore.assessment;

import java.security.Principal;
import org.cityscore.system.TextLimit;

/** Who changed an answer, as its history records it: the same rule for the API, the entry page and its autosave. */
final class Author {

    private Author() {}

    /**
     * The signed-in trainer; a typed name (someone the trainer types for) is added in brackets.
     * Throws {@link AssessmentRejectedException} for a typed name over its limit.
     */
    static String of(Principal principal, String typed) {
        TextLimit.AUTHOR.check(typed == null ? null : typed.strip()).ifPresent(tooLong -> {
            throw new AssessmentRejectedException(tooLong);
        });
        String trainer = principal == null ? null : principal.getName();
        if (typed == null || typed.isBlank() || typed.strip().equals(trainer)) {
            return trainer;
        }
        return trainer == null ? typed.strip() : trainer + " (" + typed.strip() + ")";
    }
}
