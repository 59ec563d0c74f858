package org.cityscore.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every exchange of one part of the hostile-input suite, checked against what holds for any request: an answer,
 * no 5xx (a 503 with Retry-After only where a bounded queue may refuse), and for the API every error in the
 * documented shape {@code {"errors":[{"field", "message"}]}}. Problems are collected, not thrown, so one run lists
 * everything that is still broken.
 */
final class Ledger {

    static final int LARGEST_ERROR_BODY = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String part;
    private final AtomicIntegerArray families = new AtomicIntegerArray(6); // [0] no answer, [1..5] 1xx..5xx
    private final List<String> problems = new ArrayList<>();
    private final List<Exchange> succeeded = new ArrayList<>();
    private final List<Exchange> slowest = new ArrayList<>();
    private final Set<Exchange> failedOutright = Collections.newSetFromMap(new IdentityHashMap<>());

    Ledger(String part) {
        this.part = part;
    }

    String part() {
        return part;
    }

    Exchange record(Exchange exchange) {
        return record(exchange, false);
    }

    /** Counts the exchange and checks it; {@code queueMayRefuse}: a 503 with Retry-After is a fair answer here. */
    Exchange record(Exchange exchange, boolean queueMayRefuse) {
        families.incrementAndGet(Math.min(5, exchange.status() / 100));
        synchronized (slowest) {
            slowest.add(exchange);
            slowest.sort(Comparator.comparingLong(Exchange::millis).reversed());
            if (slowest.size() > 3) {
                slowest.remove(3);
            }
        }
        if (exchange.succeeded()
                || (!exchange.isApi() && exchange.status() / 100 == 3)) { // a page form answers with a redirect
            synchronized (succeeded) {
                succeeded.add(exchange);
            }
        }
        if (exchange.status() == 0) {
            failedOutright(exchange, "no answer from the app");
        } else if (exchange.status() >= 500 && !(queueMayRefuse && exchange.status() == 503)) {
            failedOutright(exchange, "a " + exchange.status() + " for a client's request");
        } else if (exchange.status() == 503 && exchange.header("Retry-After") == null) {
            problem(exchange, "a 503 without Retry-After");
        }
        if (exchange.status() >= 400 && !isFailedOutright(exchange)) {
            checkErrorBody(exchange);
        }
        return exchange;
    }

    private void checkErrorBody(Exchange exchange) {
        String body = exchange.body() == null ? "" : exchange.body();
        if (body.length() > LARGEST_ERROR_BODY) {
            problem(exchange, "an error body of " + body.length() + " characters");
        }
        if (!exchange.isApi()) {
            if (body.contains("Whitelabel Error Page") || body.contains("Apache Tomcat")) {
                problem(exchange, "a page error answered with the server's default page, not the app's own");
            }
            return;
        }
        String type = exchange.header("Content-Type");
        if (type == null || !type.contains("json")) {
            problem(exchange, "an API error with Content-Type " + type + " instead of JSON");
            return;
        }
        String wrong = errorShapeProblem(body);
        if (wrong != null) {
            problem(exchange, wrong);
        }
    }

    /** Null when the body is {@code {"errors":[{"message":"…"}, …]}} with at least one error, else what is wrong. */
    static String errorShapeProblem(String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (RuntimeException e) {
            return "an API error whose body is not JSON";
        }
        JsonNode errors = tree == null ? null : tree.get("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return "an API error without a non-empty \"errors\" array"
                    + (tree != null && tree.has("timestamp") ? " (Spring's default error body)" : "");
        }
        for (JsonNode error : errors) {
            JsonNode message = error.get("message");
            if (message == null || !message.isString() || message.asString().isBlank()) {
                return "an API error item without a message";
            }
        }
        return null;
    }

    /** Adds a problem unless {@code holds}; an exchange already reported as a 5xx or as no answer is not reported twice. */
    boolean expect(boolean holds, Exchange exchange, String what) {
        if (!holds && !isFailedOutright(exchange)) {
            problem(exchange, what);
        }
        return holds;
    }

    private void failedOutright(Exchange exchange, String what) {
        synchronized (failedOutright) {
            failedOutright.add(exchange);
        }
        problem(exchange, what);
    }

    private boolean isFailedOutright(Exchange exchange) {
        synchronized (failedOutright) {
            return failedOutright.contains(exchange);
        }
    }

    /** Adds a problem unless {@code holds}, for a check of what is stored rather than of one answer. */
    boolean expect(boolean holds, String what) {
        if (!holds) {
            problem(what);
        }
        return holds;
    }

    void problem(Exchange exchange, String what) {
        problem(what + ": " + exchange.describe());
    }

    synchronized void problem(String what) {
        problems.add(what);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** The exchanges that may have stored something: 2xx, and redirects after a page form. */
    List<Exchange> succeeded() {
        synchronized (succeeded) {
            return List.copyOf(succeeded);
        }
    }

    int requests() {
        int total = 0;
        for (int i = 0; i < families.length(); i++) {
            total += families.get(i);
        }
        return total;
    }

    int count(int family) {
        return families.get(family);
    }

    String summary() {
        return String.format(
                "%-48s requests %5d  2xx %5d  3xx %4d  4xx %5d  5xx %3d  no answer %3d  problems %3d",
                part,
                requests(),
                count(2),
                count(3),
                count(4),
                count(5),
                count(0),
                problems().size());
    }

    /** The three slowest exchanges, to see where the time of a part went. */
    String slowest() {
        synchronized (slowest) {
            return slowest.stream()
                    .map(exchange -> exchange.millis() + " ms "
                            + Exchange.excerpt(exchange.method() + " " + exchange.target(), 80))
                    .collect(Collectors.joining("; "));
        }
    }

    /** Fails with every problem of this part, each naming its request. */
    void assertClean() {
        List<String> found = problems();
        if (!found.isEmpty()) {
            throw new AssertionError(part + ": " + found.size() + " problem(s)\n  - " + String.join("\n  - ", found));
        }
    }
}
