package org.cityscore.action;

import org.cityscore.city.CityReferences;
import org.springframework.stereotype.Component;

/** Actions belong to a city: a merge of two cities moves them to the remaining one. */
@Component
class ActionCities implements CityReferences {

    private final ActionRepository actions;

    ActionCities(ActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public void move(long fromCityId, long intoCityId) {
        actions.moveCity(fromCityId, intoCityId);
    }
}
