package org.cityscore.system;

import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * How a trainer's username and password are checked, on the sign-in form and with HTTP Basic: refused at once while
 * the username or the address is locked ({@link SignInThrottle}), answered from {@link SignInCache} when the same
 * credentials succeeded a moment ago and the account is unchanged, else by the password hash; a failure counts
 * towards the lock.
 */
@Component
class TrainerSignIn implements AuthenticationProvider {

    private final TrainerAccounts accounts;
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInCache cache;

    TrainerSignIn(TrainerAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, SignInCache cache) {
        this.accounts = accounts;
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
        try {
            throttle.lockedFor(username, address).ifPresent(wait -> {
                throw new SignInLocked(wait);
            });
            Optional<Authentication> remembered = remembered(attempt, username, password);
            if (remembered.isPresent()) {
                return remembered.get();
            }
            try {
                Authentication signedIn = passwords.authenticate(attempt);
                // the hash before the ProviderManager erases it from the principal
                cache.remember(username, password, ((UserDetails) signedIn.getPrincipal()).getPassword());
                throttle.succeeded(username);
                return signedIn;
            } catch (BadCredentialsException wrong) {
                throttle.failed(username, address);
                throw wrong;
            }
        } catch (DataAccessException databaseDown) { // the throttle's tables: an answer like the accounts' own
            throw new InternalAuthenticationServiceException(databaseDown.getMessage(), databaseDown);
        }
    }

    /**
     * The account as it is now, when these credentials succeeded a moment ago and its password hash and status have
     * not changed since, on this node or another: one query instead of the password hash's work.
     */
    private Optional<Authentication> remembered(Authentication attempt, String username, String password) {
        if (!cache.known(username, password)) {
            return Optional.empty();
        }
        UserDetails now;
        try {
            now = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException gone) {
            cache.forget(username);
            return Optional.empty();
        }
        if (!now.isEnabled()
                || !now.isAccountNonLocked()
                || !now.isAccountNonExpired()
                || !now.isCredentialsNonExpired()
                || !cache.matches(username, password, now.getPassword())) {
            cache.forget(username);
            return Optional.empty();
        }
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return Optional.of(signedIn);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
