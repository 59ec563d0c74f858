package org.cityscore.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in page session carries the person's role and cities as they are now, not as they were at sign-in: an
 * admin's change of role or cities, a city they just made, and a deactivation take effect at their next request.
 * A deactivated or deleted account loses its session. (HTTP Basic and API tokens read the account at every request
 * already.) Participants' sessions are left alone.
 */
class FreshAuthorities extends OncePerRequestFilter {

    private final TrainerAccounts accounts;

    FreshAuthorities(TrainerAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken && isSignIn(signedIn) && Reader.isStaff(signedIn)) {
            Optional<UserDetails> now = current(signedIn.getName());
            if (now.isEmpty() || !now.get().isEnabled()) {
                SecurityContextHolder.clearContext();
                if (request.getSession(false) != null) {
                    request.getSession(false).invalidate();
                }
            } else if (!now.get().getAuthorities().equals(signedIn.getAuthorities())) {
                UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(
                        now.get(), null, now.get().getAuthorities());
                fresh.setDetails(signedIn.getDetails());
                SecurityContextHolder.getContext().setAuthentication(fresh);
            }
        }
        chain.doFilter(request, response);
    }

    /** A sign-in through the form (its details hold the address), not an authentication a test or the app made. */
    private static boolean isSignIn(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails;
    }

    private Optional<UserDetails> current(String username) {
        try {
            return Optional.of(accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
