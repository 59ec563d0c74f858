package org.cityscore.city;

/**
 * Records that belong to a city, kept by a feature above this one (assessments): a merge moves them all to the
 * remaining city, within the merge's transaction. Spring injects every implementation.
 */
public interface CityReferences {

    void move(long fromCityId, long intoCityId);
}
