package org.cityscore.assessment;

import java.util.Map;

/**
 * The reasons recorded with agreed levels, per indicator code: the latest agreement's rationale for each indicator
 * that has one. Workshops keep them; the assessment's API shows them beside its own answers.
 */
public interface AgreedRationales {

    Map<String, String> of(long assessmentId);
}
