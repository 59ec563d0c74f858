package org.cityscore.system;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * How a trainer's username and password are checked, on the sign-in form and with HTTP Basic: refused at once while
 * the username or the address is locked ({@link SignInThrottle}), answered from {@link SignInCache} when the same
 * credentials succeeded a moment ago, else by the password hash; a failure counts towards the lock.
 */
@Component
class TrainerSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInCache cache;

    TrainerSignIn(TrainerAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, SignInCache cache) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        throttle.lockedFor(username, address).ifPresent(wait -> {
            throw new SignInLocked(wait);
        });
        var remembered = cache.find(username, password);
        if (remembered.isPresent()) {
            UserDetails user = remembered.get();
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            signedIn.setDetails(attempt.getDetails());
            return signedIn;
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            cache.remember(username, password, (UserDetails) signedIn.getPrincipal());
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
