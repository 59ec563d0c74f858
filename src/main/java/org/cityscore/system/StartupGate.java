package org.cityscore.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cityscore.text.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds pages and API calls that arrive before the app is ready for the first time, so nobody sees a half-started
 * app (such as 1 of 4 samples on a newcomer's first page). Tomcat's port opens before the application runners
 * (first-start samples, warm-up) run; holding requests, rather than running those before the port opens, lets the
 * warm-up go over real HTTP through the whole stack (Tomcat, security, JSON) with {@link #WARM_UP_HEADER}.
 * A request held longer than {@code cityscore.startup.hold} gets 503 with Retry-After. The health probes are never
 * held; after the first ready moment nothing is held again (at shutdown, graceful shutdown takes over).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupGate extends OncePerRequestFilter {

    /** The header a warm-up request carries, with {@link #warmUpKey()}, to pass the gate while it is closed. */
    public static final String WARM_UP_HEADER = "X-Cityscore-Warm-Up";

    static final Message MESSAGE = Message.of("error.starting");
    static final String RETRY_AFTER_SECONDS = "10";

    private final CountDownLatch ready = new CountDownLatch(1);
    private final String warmUpKey = HexFormat.of().formatHex(random());
    private final Duration hold;
    private final ServiceUnavailable unavailable;

    StartupGate(@Value("${cityscore.startup.hold:60s}") Duration hold, ServiceUnavailable unavailable) {
        this.hold = hold;
        this.unavailable = unavailable;
    }

    private static byte[] random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A secret of this process only: no client can pass the gate early by guessing it. */
    public String warmUpKey() {
        return warmUpKey;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready.countDown();
        }
    }

    boolean isOpen() {
        return ready.getCount() == 0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isOpen() || isProbe(request) || isWarmUp(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean opened;
        try {
            opened = ready.await(hold.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened = false;
        }
        if (opened) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response);
        }
    }

    private static boolean isProbe(HttpServletRequest request) {
        return Arrays.asList(SecurityConfiguration.PROBES).contains(ErrorRequests.path(request));
    }

    private boolean isWarmUp(HttpServletRequest request) {
        String given = request.getHeader(WARM_UP_HEADER);
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), warmUpKey.getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unavailable.answer(request, response, MESSAGE, RETRY_AFTER_SECONDS);
    }
}
