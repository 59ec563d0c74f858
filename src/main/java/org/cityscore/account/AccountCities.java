package org.cityscore.account;

import org.cityscore.city.CityReferences;
import org.cityscore.system.TrainerAccounts;
import org.springframework.stereotype.Component;

/** People work in cities: whoever worked in a city merged into another works in the other. */
@Component
class AccountCities implements CityReferences {

    private final TrainerAccounts accounts;

    AccountCities(TrainerAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void move(long fromCityId, long intoCityId) {
        accounts.moveCity(fromCityId, intoCityId);
    }
}
