package org.cityscore.assessment;

/** No assessment has this id (it may have been deleted). */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(long id) {
        super("There is no assessment " + id + "; it may have been deleted.");
    }
}
