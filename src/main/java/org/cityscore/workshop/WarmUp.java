package org.cityscore.workshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.system.StartupGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rehearses a workshop round before the app reports itself ready, so that the first real round does not pay for
 * class loading, lazy initialisation and the first compilations of its busiest path (participants saving answers).
 * Two parts, each bounded in time: in the app, participants join a throwaway workshop and save answers inside one
 * transaction that is rolled back (no row, no audit entry remains; identity counters advance, as after a deletion);
 * over HTTP, from several threads at once, answers with an unknown token and scorecard reads, which write nothing
 * but run Tomcat's threads, the security filters, the token lookup and the JSON writers. The requests pass the
 * {@link StartupGate} with its warm-up key. Off with {@code cityscore.warm-up.enabled=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the first-start samples, which the empty check must see first
class WarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final String SCORECARD = "undrr-preliminary";
    private static final int CLIENTS = 16;

    private final AssessmentService assessments;
    private final WorkshopService workshops;
    private final ScorecardCatalog catalog;
    private final TransactionTemplate transaction;
    private final StartupGate gate;
    private final Environment environment;
    private final boolean enabled;
    private final Duration budget;

    WarmUp(
            AssessmentService assessments,
            WorkshopService workshops,
            ScorecardCatalog catalog,
            PlatformTransactionManager transactions,
            StartupGate gate,
            Environment environment,
            @Value("${cityscore.warm-up.enabled:true}") boolean enabled,
            @Value("${cityscore.warm-up.duration:4s}") Duration budget) {
        this.assessments = assessments;
        this.workshops = workshops;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactions);
        this.gate = gate;
        this.environment = environment;
        this.enabled = enabled;
        this.budget = budget;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        ScorecardDefinition card = catalog.find(SCORECARD)
                .or(() -> catalog.current().stream().findFirst())
                .orElse(null);
        if (card == null) {
            return;
        }
        try {
            int answers = rehearseInside(card, started + budget.toNanos() / 2);
            int requests = rehearseOverHttp(card, System.nanoTime() + budget.toNanos() / 2);
            log.info(
                    "Warmed up in {} ms: {} answers rolled back, {} requests",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    answers,
                    requests);
        } catch (RuntimeException e) { // a warm-up that fails costs speed, never the start
            log.warn("Warm-up stopped early: {}", e.toString());
        }
    }

    /** Participants join a throwaway workshop and answer, all in one transaction that is rolled back. */
    private int rehearseInside(ScorecardDefinition card, long deadline) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "warm-up", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            Integer answered = transaction.execute(status -> {
                status.setRollbackOnly();
                return rehearse(card, deadline);
            });
            return answered == null ? 0 : answered;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private int rehearse(ScorecardDefinition card, long deadline) {
        long assessment = assessments
                .create(new AssessmentService.NewAssessment(card.id(), "Warm-up", null, 2025, null, null), true)
                .id();
        Workshop workshop = workshops.open(assessment);
        List<Indicator> indicators =
                card.indicators().filter(i -> !i.isMeasured()).toList();
        int answered = 0;
        for (int n = 0; System.nanoTime() < deadline; n++) {
            WorkshopService.Joined joined = workshops.join(workshop.joinCode(), "Warm-up " + n, "Warm-up");
            ParticipantPrincipal who =
                    new ParticipantPrincipal(joined.participant().id(), workshop.id(), "Warm-up " + n);
            workshops.participantByToken(joined.token());
            for (Indicator indicator : indicators) {
                workshops.answer(
                        who,
                        workshop.id(),
                        indicator.code(),
                        new ResponseValue(n % 4, null, false, "warm-up", null, null, null, null));
                answered++;
            }
        }
        workshops.summary(workshop.id());
        return answered;
    }

    /** Answers with an unknown token (401) and scorecard reads, from several clients at once: nothing is written. */
    private int rehearseOverHttp(ScorecardDefinition card, long deadline) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return 0; // no server (a test calling the app in its JVM)
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        String base = "http://localhost:" + port;
        List<String> codes = card.indicators().map(Indicator::code).toList();
        String unknownToken = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            sent.add(clients.submit(() -> {
                int requests = 0;
                while (System.nanoTime() < deadline) {
                    String code = codes.get(requests % codes.size());
                    send(
                            http,
                            HttpRequest.newBuilder(URI.create(base + "/api/workshops/0/answers/" + code))
                                    .header("Authorization", "Bearer " + unknownToken)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"level\":1,\"comment\":\"warm-up\"}")));
                    send(http, HttpRequest.newBuilder(URI.create(base + "/api/scorecards/" + card.id())));
                    requests += 2;
                }
                return requests;
            }));
        }
        clients.shutdown();
        int requests = 0;
        for (var client : sent) {
            try {
                requests += client.get();
            } catch (Exception e) {
                log.debug("A warm-up client stopped: {}", e.toString());
            }
        }
        return requests;
    }

    private void send(HttpClient http, HttpRequest.Builder request) throws Exception {
        http.send(
                request.header(StartupGate.WARM_UP_HEADER, gate.warmUpKey())
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
