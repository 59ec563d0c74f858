package org.cityscore.account;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.cityscore.system.Account;
import org.cityscore.system.TrainerAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** People as JSON: who am I, the people a manager may see, inviting, changing and resetting them, my password. */
@RestController
class PeopleApiController {

    /** The signed-in person: {@code {username, displayName, role, cities}}. */
    record Me(String username, String displayName, String role, List<Long> cities) {}

    record PasswordChange(String current, String password) {}

    private final People people;
    private final TrainerAccounts accounts;

    PeopleApiController(People people, TrainerAccounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping("/api/me")
    Me me(Principal me) {
        Account account = people.me(me.getName());
        return new Me(account.username(), account.displayName(), account.role().code(), account.cities());
    }

    @PutMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Principal me, @RequestBody PasswordChange change) {
        accounts.changePassword(people.me(me.getName()).username(), change.current(), change.password());
    }

    @GetMapping("/api/users")
    List<Person> list(Principal me) {
        return people.visibleTo(people.me(me.getName())).stream()
                .map(Person::of)
                .toList();
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    Person create(Principal me, @RequestBody People.Draft draft) {
        People.Created created = people.create(people.me(me.getName()), draft);
        return Person.of(created.account(), created.invitation() == null ? null : link(created.invitation()));
    }

    @PatchMapping("/api/users/{username}")
    Person change(Principal me, @PathVariable String username, @RequestBody People.Change change) {
        return Person.of(people.change(people.me(me.getName()), username, change));
    }

    @PostMapping("/api/users/{username}/reset")
    Map<String, String> reset(Principal me, @PathVariable String username) {
        return Map.of("invitation", link(people.reset(people.me(me.getName()), username)));
    }

    /** The address where the person sets their password, on the host the request came to. */
    static String link(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invitations/{token}")
                .buildAndExpand(token)
                .toUriString();
    }
}
