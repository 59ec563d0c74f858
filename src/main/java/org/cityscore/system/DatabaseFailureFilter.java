package org.cityscore.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same 503 for a database failure outside the controllers, where no advice applies: looking up a participant's
 * bearer token, a session, a filter.
 */
class DatabaseFailureFilter extends OncePerRequestFilter {

    private final DatabaseUnavailable unavailable;

    DatabaseFailureFilter(DatabaseUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFailures.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            unavailable.answer(request, response, e);
        }
    }
}
