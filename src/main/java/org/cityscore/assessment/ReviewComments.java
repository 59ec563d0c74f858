package org.cityscore.assessment;

import java.util.Map;

/**
 * The reviewer's comments on an assessment's indicators, which the review feature keeps and the entry page shows
 * beside each indicator; declared here so that {@code assessment} needs nothing of {@code review}.
 */
public interface ReviewComments {

    /** The comments of the assessment's latest returned review round, by indicator code; empty when there are none. */
    Map<String, ReviewComment> latest(long assessmentId);
}
