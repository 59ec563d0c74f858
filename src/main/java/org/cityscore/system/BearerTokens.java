package org.cityscore.system;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Turns a bearer token from the JSON API into an authentication; the workshop feature issues such tokens. */
public interface BearerTokens {

    Optional<Authentication> authenticate(String token);
}
