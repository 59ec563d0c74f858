package org.cityscore.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form and query parameters pass through {@link UserText#clean} before any controller reads them, however it reads
 * them (a bound form object, {@code @RequestParam}, a whole {@code MultiValueMap}). Runs after the character
 * encoding filter, and reads the parameters only when asked for, so the encoding is set first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UserTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanParameters(request), response);
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> cleaned;

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (cleaned == null) {
                Map<String, String[]> map = new LinkedHashMap<>();
                super.getParameterMap()
                        .forEach((name, values) -> map.put(
                                name, Arrays.stream(values).map(UserText::clean).toArray(String[]::new)));
                cleaned = Collections.unmodifiableMap(map);
            }
            return cleaned;
        }
    }
}
