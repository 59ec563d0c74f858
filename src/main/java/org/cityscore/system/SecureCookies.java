package org.cityscore.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every cookie the app sets (the language, a participant's comeback token) {@code Secure} when the request
 * came over HTTPS, directly or through a proxy that said so in X-Forwarded-Proto: the browser then never sends it
 * over plain HTTP. Over plain HTTP (a workshop LAN) cookies stay as they are, or they would not work at all.
 * Tomcat does the same for the session cookie.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new Secured(response) : response);
    }

    private static final class Secured extends HttpServletResponseWrapper {

        Secured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            boolean cookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null;
            return cookie && !value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?")
                    ? value + "; Secure"
                    : value;
        }
    }
}
