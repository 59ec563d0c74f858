package org.cityscore.system;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A trainer's personal API tokens as JSON: create one (its secret shown once), list them, revoke one. */
@RestController
class ApiTokenController {

    record TokenRequest(String name) {}

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiToken.Created create(Principal me, @RequestBody TokenRequest request) {
        return tokens.create(me.getName(), request.name());
    }

    @GetMapping("/api/me/tokens")
    List<ApiToken> list(Principal me) {
        return tokens.list(me.getName());
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Principal me, @PathVariable long id) {
        tokens.revoke(me.getName(), id);
    }
}
