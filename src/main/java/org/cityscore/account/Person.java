package org.cityscore.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.cityscore.system.Account;

/** A person as the users API shows them; {@code invitation} only once, when a link to set a password was just made. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Person(String username, String displayName, String role, List<Long> cities, Boolean active, String invitation) {

    static Person of(Account account) {
        return of(account, null);
    }

    static Person of(Account account, String invitation) {
        return new Person(
                account.username(),
                account.displayName(),
                account.role().code(),
                account.cities(),
                account.active(),
                invitation);
    }
}
