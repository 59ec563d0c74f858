package org.cityscore.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cityscore.city.CityService;
import org.cityscore.system.Account;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.PasswordRule;
import org.cityscore.system.Role;
import org.cityscore.system.TextLimit;
import org.cityscore.system.TrainerAccounts;
import org.cityscore.system.UserText;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may manage whom: an admin everyone, in every role and city; a trainer only editors and viewers, and only in the
 * trainer's own cities (a person with no city in common is unknown to them); editors and viewers nobody.
 */
@Service
class People {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    /** A new person: without a password, an invitation lets them set one. */
    record Draft(String username, String displayName, String role, List<Long> cities, String password) {}

    /** A change: what is null stays as it is. */
    record Change(String displayName, String role, List<Long> cities, Boolean active) {}

    /** A person just made, with the token of their invitation (null when a password was given). */
    record Created(Account account, String invitation) {}

    private final TrainerAccounts accounts;
    private final Invitations invitations;
    private final CityService cities;
    private final Audit audit;

    People(TrainerAccounts accounts, Invitations invitations, CityService cities, Audit audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.invitations = invitations;
        this.cities = cities;
    }

    /** The person signed in, as they are now; 403 for anyone without an active account (such as a participant). */
    Account me(String username) {
        return accounts.find(username).filter(Account::active).orElseThrow(People::forbidden);
    }

    List<Account> visibleTo(Account manager) {
        mayManagePeople(manager);
        return accounts.list().stream()
                .filter(person -> manager.role() == Role.ADMIN || sharesCity(manager, person))
                .toList();
    }

    @Transactional
    Created create(Account manager, Draft draft) {
        mayManagePeople(manager);
        String username = draft.username() == null ? "" : draft.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw rejected("username", Message.of("people.username.invalid"));
        }
        Role role = role(draft.role());
        String displayName = displayName(draft.displayName());
        List<Long> given = draft.cities() == null ? List.of() : draft.cities();
        if (manager.role() == Role.TRAINER) {
            mayGive(manager, role);
            if (given.isEmpty()) {
                throw rejected("cities", Message.of("people.cities.required"));
            }
        }
        List<Long> chosen = cities(manager, given);
        if (draft.password() != null) {
            PasswordRule.check(username, draft.password()).ifPresent(problem -> {
                throw rejected("password", problem);
            });
        }
        if (accounts.exists(username)) {
            throw new ApiException(HttpStatus.CONFLICT, "username", Message.of("people.username.taken", username));
        }
        accounts.create(username, displayName, role, chosen, draft.password());
        String invitation = draft.password() == null ? invitations.create(username) : null;
        audit.record("person.create", target(username), null, describe(role, chosen, true));
        return new Created(accounts.find(username).orElseThrow(), invitation);
    }

    @Transactional
    Account change(Account manager, String username, Change change) {
        Account person = managed(manager, username);
        Role role = change.role() == null ? person.role() : role(change.role());
        mayGive(manager, role);
        String displayName = change.displayName() == null ? person.displayName() : displayName(change.displayName());
        List<Long> chosen = person.cities();
        if (change.cities() != null) {
            Set<Long> kept = new LinkedHashSet<>(cities(manager, change.cities()));
            if (manager.role() == Role.TRAINER) {
                // the cities the trainer does not work in stay as they were
                person.cities().stream().filter(id -> !manager.worksIn(id)).forEach(kept::add);
            }
            chosen = List.copyOf(kept);
        }
        boolean active = change.active() == null ? person.active() : change.active();
        if (person.username().equals(manager.username()) && (role != manager.role() || !active)) {
            throw new ApiException(HttpStatus.CONFLICT, null, Message.of("people.refused.self"));
        }
        accounts.update(person.username(), displayName, role, chosen, active);
        audit.record("person.update", target(person.username()), null, describe(role, chosen, active));
        return accounts.find(person.username()).orElseThrow();
    }

    /** A new invitation; the old password stops working until the person sets one through it. */
    @Transactional
    String reset(Account manager, String username) {
        Account person = managed(manager, username);
        accounts.setPassword(person.username(), null);
        audit.record("person.reset", target(person.username()), null, null);
        return invitations.create(person.username());
    }

    /** The person, if the manager may manage them: 404 outside a trainer's cities, 403 for a role they may not give. */
    private Account managed(Account manager, String username) {
        mayManagePeople(manager);
        Account person = accounts.find(username)
                .filter(found -> manager.role() == Role.ADMIN || sharesCity(manager, found))
                .orElseThrow(() -> ApiException.notFound("username", Message.of("people.notFound", username)));
        mayGive(manager, person.role());
        return person;
    }

    private List<Long> cities(Account manager, List<Long> given) {
        for (Long id : given) {
            if (id == null) {
                throw rejected("cities", Message.of("people.cities.unknown", "null"));
            }
            if (manager.role() == Role.TRAINER && !manager.worksIn(id)) {
                throw new ApiException(
                        HttpStatus.FORBIDDEN, "cities", Message.of("people.refused.city", String.valueOf(id)));
            }
            try {
                cities.find(id);
            } catch (ApiException unknown) {
                throw rejected("cities", Message.of("people.cities.unknown", String.valueOf(id)));
            }
        }
        return given.stream().distinct().toList();
    }

    private static String target(String username) {
        return "person/" + username;
    }

    private static String describe(Role role, List<Long> cities, boolean active) {
        return "role=" + role.code() + " cities=" + cities + " active=" + active;
    }

    private static void mayManagePeople(Account manager) {
        if (manager.role() != Role.ADMIN && manager.role() != Role.TRAINER) {
            throw forbidden();
        }
    }

    private static void mayGive(Account manager, Role role) {
        if (manager.role() == Role.TRAINER && !role.invitableByTrainer()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "role", Message.of("people.refused.role", role.code()));
        }
    }

    private static boolean sharesCity(Account manager, Account person) {
        return person.cities().stream().anyMatch(manager::worksIn);
    }

    private static Role role(String code) {
        return Role.of(code).orElseThrow(() -> rejected("role", Message.of("people.role.invalid")));
    }

    private static String displayName(String text) {
        String cleaned = text == null ? null : UserText.clean(text).strip();
        TextLimit.DISPLAY_NAME.check(cleaned).ifPresent(tooLong -> {
            throw rejected(tooLong.field(), tooLong.text());
        });
        return cleaned;
    }

    private static ApiException rejected(String field, Message text) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, field, text);
    }

    private static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, null, Message.of("error.api.forbidden"));
    }
}
