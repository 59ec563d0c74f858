package org.cityscore.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names this node in an {@code X-Cityscore-Node} header on every answer, when {@code cityscore.node-name} is set:
 * behind a load balancer, an operator (and the scale-out test) sees which node answered. Off by default.
 */
@Component
@ConditionalOnExpression("!'${cityscore.node-name:}'.isBlank()")
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeHeader extends OncePerRequestFilter {

    static final String HEADER = "X-Cityscore-Node";

    private final String name;

    NodeHeader(@Value("${cityscore.node-name}") String name) {
        this.name = name.strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, name);
        chain.doFilter(request, response);
    }
}
