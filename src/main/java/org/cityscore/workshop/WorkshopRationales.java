package org.cityscore.workshop;

import java.util.Map;
import org.cityscore.assessment.AgreedRationales;
import org.springframework.stereotype.Component;

/** Gives the assessment's API the reasons recorded with agreed levels, which workshops keep. */
@Component
class WorkshopRationales implements AgreedRationales {

    private final WorkshopService workshops;

    WorkshopRationales(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public Map<String, String> of(long assessmentId) {
        return workshops.agreedRationales(assessmentId);
    }
}
