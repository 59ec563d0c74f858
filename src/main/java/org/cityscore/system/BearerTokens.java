package org.cityscore.system;

import org.springframework.security.core.Authentication;

import java.util.Optional;

/** Turns a bearer token from the JSON API into an authentication; the workshop feature issues such tokens. */
public interface BearerTokens {

    Optional<Authentication> authenticate(String token);
}
