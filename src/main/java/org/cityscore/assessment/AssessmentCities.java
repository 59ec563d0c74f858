package org.cityscore.assessment;

import org.cityscore.city.CityReferences;
import org.springframework.stereotype.Component;

/** Assessments belong to a city: a merge of two cities moves them to the remaining one. */
@Component
class AssessmentCities implements CityReferences {

    private final AssessmentRepository assessments;

    AssessmentCities(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public void move(long fromCityId, long intoCityId) {
        assessments.moveCity(fromCityId, intoCityId);
    }
}
