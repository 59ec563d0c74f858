package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's hostile inputs against the app in its own JVM ({@code -Xmx256m}, its default settings): every case the
 * issue lists, then a seeded random fuzz of the public and participant API. Each part collects its problems in a
 * {@link Ledger} and fails with all of them, each naming the request (method, path, body excerpt) and what was
 * wrong. After every part: the app still answers, and what is stored changed only as far as accepted requests
 * explain. Finally the app's log has no ERROR line. The seed is printed; {@code -Dhostile.seed=} repeats a run.
 */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    static final long SEED = Long.getLong("hostile.seed", 11_2026L);
    static final int FUZZ_REQUESTS = Integer.getInteger("hostile.fuzz.requests", 2400);
    static final int SMALL_ERROR = 10_000;
    static final String[] HUGE = {"1e999999999", "1e20000000", "-1e999999999", "123456789e2147483647"};

    /** The fuzz sends thousands of wrong join codes from one address: the throttle (JoinCodeThrottleTest) would answer 429. */
    private static final List<String> UNTHROTTLED = List.of("--cityscore.join.wrong-codes-per-address=1000000");

    private Path data;
    private AppProcess app;
    private HostileFixtures fx;
    private final List<Ledger> ledgers = new ArrayList<>();
    private Ledger ledger;
    private HostileHttp http;
    private StoredState before;

    @BeforeAll
    void startTheAppOnce() throws Exception {
        data = Files.createTempDirectory("cityscore-hostile");
        app = AppProcess.start(data, List.of("-Xmx256m"), UNTHROTTLED);
        Ledger setup = new Ledger("fixtures");
        ledgers.add(setup);
        fx = HostileFixtures.create(new HostileHttp(app.baseUrl(), setup));
        System.out.println("hostile input: seed " + SEED + ", app log " + app.log());
    }

    @BeforeEach
    void beginPart(TestInfo test) {
        ledger = new Ledger(test.getTestMethod().map(Method::getName).orElse(test.getDisplayName()));
        ledgers.add(ledger);
        http = new HostileHttp(app.baseUrl(), ledger);
        if (before == null) { // else what the previous part left, read at its end
            before = StoredState.read(http, fx.assessments(), fx.workshops());
        }
    }

    /** After every part: the app answers, refused requests stored nothing, and every problem of the part is reported. */
    @AfterEach
    void endPart() throws Exception {
        Exchange alive = http.anonymous("GET", "/api/scorecards", null);
        if (alive.status() != 200 || !app.isAlive()) {
            ledger.problem(alive, "the app no longer answers after this part (restarted for the next parts)");
            app.kill();
            app = AppProcess.start(data, List.of("-Xmx256m"), UNTHROTTLED);
            http = new HostileHttp(app.baseUrl(), ledger);
            before = null;
        } else {
            StoredState after = StoredState.read(http, fx.assessments(), fx.workshops());
            before.unexplainedChanges(after, ledger.succeeded(), fx.assessmentOfWorkshop())
                    .forEach(change -> ledger.problem("stored data changed by refused requests: " + change));
            before = after;
        }
        System.out.println(ledger.summary());
        System.out.println("    slowest: " + ledger.slowest());
        ledger.assertClean();
    }

    @AfterAll
    void stopTheApp() throws Exception {
        int requests = ledgers.stream().mapToInt(Ledger::requests).sum();
        System.out.printf(
                Locale.ROOT,
                "hostile input overall: seed %d, requests %d, 2xx %d, 3xx %d, 4xx %d, 5xx %d, no answer %d, problems %d%n",
                SEED,
                requests,
                total(2),
                total(3),
                total(4),
                total(5),
                total(0),
                ledgers.stream().mapToInt(l -> l.problems().size()).sum());
        if (app != null) {
            app.close();
            Path kept = Path.of("target", "hostile-input-app.log");
            Files.createDirectories(kept.getParent());
            Files.copy(app.log(), kept, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("hostile input: the app's log is kept in " + kept.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private int total(int family) {
        return ledgers.stream().mapToInt(l -> l.count(family)).sum();
    }

    // ---- numbers

    @Test
    @Order(1)
    void hugeNumbersFromAParticipantAreRefusedWithASmallAnswer() {
        for (String huge : HUGE) {
            Exchange answer = http.participant(token(), "PUT", workshopAnswer("P1"), "{\"value\":" + huge + "}");
            refusedNaming(answer, 422, "value");
            smallBody(answer);
        }
        http.participant(
                token(), "PUT", workshopAnswer("E3"), "{\"level\":1e999999999}"); // any refusal in the error format
        Exchange mine = http.participant(token(), "GET", "/api/workshops/" + fx.workshop() + "/answers", null);
        JsonNode p1 = byField(HostileHttp.body(mine), "indicatorCode", "P1");
        ledger.expect(
                p1 != null && new BigDecimal(p1.get("value").asString()).compareTo(BigDecimal.valueOf(50)) == 0,
                mine,
                "the participant's stored P1 (50) changed after refused huge numbers");
    }

    @Test
    @Order(2)
    void hugeNumbersOnTheTrainerApiAreRefusedWithASmallAnswer() {
        for (String huge : HUGE) {
            Exchange response = http.trainer(
                    "PUT",
                    response(fx.shift(), "P1"),
                    "{\"value\":" + huge + ",\"version\":" + version(fx.shift(), "P1") + "}");
            refusedNaming(response, 422, "value");
            smallBody(response);
        }
        http.trainer("PUT", response(fx.shift(), "E3"), "{\"level\":1e999999999,\"version\":0}");
    }

    @Test
    @Order(3)
    void participantsSendingHugeNumbersDoNotStarveEveryoneElse() throws Exception {
        ExecutorService attackers = Executors.newFixedThreadPool(3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        List<Future<?>> running = new ArrayList<>();
        for (String token : fx.tokens()) {
            running.add(attackers.submit(() -> {
                while (System.nanoTime() < end) {
                    refusedNaming(
                            http.participant(token, "PUT", workshopAnswer("P1"), "{\"value\":1e999999999}"),
                            422,
                            "value");
                }
            }));
        }
        long slowest = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            Exchange other = http.anonymous("GET", "/api/scorecards", null);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            slowest = Math.max(slowest, millis);
            ledger.expect(
                    other.status() == 200 && millis < 3000,
                    other,
                    "another user waited " + millis + " ms while three participants sent huge numbers");
            Thread.sleep(200);
        }
        for (Future<?> attacker : running) {
            attacker.get(2, TimeUnit.MINUTES);
        }
        attackers.shutdown();
        System.out.println(
                "  slowest answer to another user while three participants sent huge numbers: " + slowest + " ms");
    }

    @Test
    @Order(4)
    void aLevelMustBeAnInteger() {
        refusedNaming(
                http.trainer(
                        "PUT",
                        response(fx.shift(), "E1"),
                        "{\"level\":2.9,\"version\":" + version(fx.shift(), "E1") + "}"),
                422,
                "level");
        JsonNode e1 = storedResponse(fx.shift(), "E1");
        ledger.expect(
                e1 != null && e1.get("level").asInt() == 3,
                "after a refused level 2.9 the stored E1 of assessment " + fx.shift() + " must still be 3, not " + e1);
        refusedNaming(http.participant(token(), "PUT", workshopAnswer("E1"), "{\"level\":2.9}"), 422, "level");
        Exchange mine = http.participant(token(), "GET", "/api/workshops/" + fx.workshop() + "/answers", null);
        JsonNode answer = byField(HostileHttp.body(mine), "indicatorCode", "E1");
        ledger.expect(
                answer != null && answer.get("level").asInt() == 2,
                mine,
                "after a refused level 2.9 the participant's E1 must still be 2");
        refusedNaming(
                http.trainer("PUT", agreed(fx.workshop(), "E3"), "{\"level\":2.9,\"rationale\":\"x\"}"), 422, "level");
    }

    @Test
    @Order(5)
    void aTinyValueIsStoredExactlyOrRefused() {
        for (String tiny : List.of("1e-20", "1e-999999999")) {
            String code = tiny.equals("1e-20") ? "P2" : "P3";
            Exchange trainer = http.trainer(
                    "PUT",
                    response(fx.shift(), code),
                    "{\"value\":" + tiny + ",\"version\":" + version(fx.shift(), code) + "}");
            if (trainer.succeeded()) {
                JsonNode stored = storedResponse(fx.shift(), code);
                ledger.expect(
                        stored != null && sameNumber(stored.get("value"), tiny),
                        trainer,
                        "the value " + tiny + " was accepted but stored as "
                                + (stored == null ? null : stored.get("value")));
            } else {
                refusedNaming(trainer, 422, "value");
            }
            Exchange participant = http.participant(token(), "PUT", workshopAnswer(code), "{\"value\":" + tiny + "}");
            if (participant.succeeded()) {
                Exchange mine = http.participant(token(), "GET", "/api/workshops/" + fx.workshop() + "/answers", null);
                JsonNode stored = byField(HostileHttp.body(mine), "indicatorCode", code);
                ledger.expect(
                        stored != null && sameNumber(stored.get("value"), tiny),
                        participant,
                        "the participant's value " + tiny + " was accepted but stored as "
                                + (stored == null ? null : stored.get("value")));
            } else {
                refusedNaming(participant, 422, "value");
            }
        }
    }

    // ---- texts

    @Test
    @Order(6)
    void longTextsAreRefusedNamingTheFieldOrStoredExactly() {
        String name300 = "N".repeat(299) + "é";
        Exchange join = http.anonymous(
                "POST", "/api/workshops/join", "{\"joinCode\":\"" + fx.joinCode() + "\",\"name\":\"" + name300 + "\"}");
        refusedOrStored(join, "name", () -> participantNames(fx.workshop()).contains(name300));
        Exchange department = http.anonymous(
                "POST",
                "/api/workshops/join",
                "{\"joinCode\":\"" + fx.joinCode() + "\",\"name\":\"Dept\",\"department\":\"" + "D".repeat(300)
                        + "\"}");
        refusedOrStored(
                department,
                "department",
                () -> participantDepartments(fx.workshop()).contains("D".repeat(300)));
        String group300 = "G".repeat(300);
        Exchange group = http.trainer(
                "POST",
                "/api/workshops/" + fx.undrrWorkshop() + "/groups",
                "{\"name\":\"" + group300 + "\",\"categories\":[\"E1\"]}");
        refusedOrStored(group, "name", () -> {
            JsonNode groups =
                    HostileHttp.body(http.trainer("GET", "/api/workshops/" + fx.undrrWorkshop() + "/groups", null));
            return byField(groups, "name", group300) != null;
        });
        String rationale = "r".repeat(29_999) + "\n";
        Exchange agree = http.trainer(
                "PUT", agreed(fx.workshop(), "E4"), "{\"level\":3,\"rationale\":" + HostileHttp.quote(rationale) + "}");
        refusedOrStored(agree, "rationale", () -> {
            JsonNode summary =
                    HostileHttp.body(http.trainer("GET", "/api/workshops/" + fx.workshop() + "/summary", null));
            JsonNode e4 = summary == null ? null : byField(summary.get("indicators"), "code", "E4");
            return e4 != null && rationale.strip().equals(e4.get("rationale").asString());
        });
        String comment = "c".repeat(30_000);
        Exchange participantComment =
                http.participant(token(), "PUT", workshopAnswer("E5"), "{\"level\":2,\"comment\":\"" + comment + "\"}");
        refusedOrStored(participantComment, "comment", () -> {
            JsonNode mine = HostileHttp.body(
                    http.participant(token(), "GET", "/api/workshops/" + fx.workshop() + "/answers", null));
            JsonNode e5 = byField(mine, "indicatorCode", "E5");
            return e5 != null && comment.equals(e5.get("comment").asString());
        });
        Exchange trainerComment = http.trainer(
                "PUT", response(fx.shift(), "E5"), "{\"level\":2,\"version\":0,\"comment\":\"" + comment + "\"}");
        refusedOrStored(
                trainerComment,
                "comment",
                () -> comment.equals(
                        storedResponse(fx.shift(), "E5").get("comment").asString()));
        for (int length : new int[] {195, 250}) {
            String author = "A".repeat(length - 1) + "ü";
            String code = length == 195 ? "E6" : "TSS 2";
            Exchange authored = http.trainer(
                    "PUT", response(fx.shift(), code), "{\"level\":2,\"version\":0,\"author\":\"" + author + "\"}");
            refusedOrStored(authored, "author", () -> {
                JsonNode history = HostileHttp.body(http.trainer("GET", response(fx.shift(), code) + "/history", null));
                return history != null
                        && history.size() > 0
                        && history.get(0).get("changedBy").asString().contains(author);
            });
        }
        // a history row holds the old and the new answer: three fields full of characters JSON escapes overflow its
        // column
        String quotes = "\"\\".repeat(10_000);
        Exchange overflowing = http.trainer(
                "PUT",
                response(fx.shift(), "TSS 3"),
                "{\"level\":4,\"version\":0,\"comment\":" + HostileHttp.quote(quotes) + ",\"evidence\":"
                        + HostileHttp.quote(quotes) + ",\"action\":" + HostileHttp.quote(quotes) + "}");
        refusedOrStored(overflowing, "comment", () -> {
            JsonNode history = HostileHttp.body(http.trainer("GET", response(fx.shift(), "TSS 3") + "/history", null));
            return history != null
                    && history.size() > 0
                    && quotes.equals(
                            history.get(0).get("newValue").get("action").asString());
        });
        for (String[] field : new String[][] {
            {"city", "C".repeat(300)},
            {"country", "K".repeat(300)},
            {"title", "T".repeat(400)},
            {"notes", "n".repeat(30_000)}
        }) {
            String body = "{\"scorecardId\":\"" + HostileFixtures.SHIFT + "\",\"city\":\"Long Fields\",\"year\":2025,\""
                    + field[0] + "\":\"" + field[1] + "\"}";
            Exchange created = http.trainer("POST", "/api/assessments", body);
            refusedOrStored(
                    created,
                    field[0],
                    () -> field[1].equals(
                            HostileHttp.body(created).get(field[0]).asString()));
        }
    }

    @Test
    @Order(7)
    void controlAndBidiCharactersAreNotStored() {
        Exchange created = http.trainer(
                "POST",
                "/api/assessments",
                HostileFixtures.assessment(HostileFixtures.SHIFT, "Evil\u0000Ci\u202Ety", 2025));
        if (created.succeeded()) {
            String city = HostileHttp.body(created).get("city").asString();
            ledger.expect(
                    !city.contains("\u0000") && !city.contains("\u202E"),
                    created,
                    "the city was stored with NUL or a bidi override: " + Exchange.excerpt(city, 40));
        } else {
            refusedNaming(created, 422, "city");
        }
        Exchange join = http.anonymous(
                "POST",
                "/api/workshops/join",
                "{\"joinCode\":\"" + fx.joinCode() + "\",\"name\":\"Li\\u0000\\u202Eevil\"}");
        if (join.succeeded()) {
            String name = HostileHttp.body(join).get("name").asString();
            ledger.expect(
                    !name.contains("\u0000") && !name.contains("\u202E"),
                    join,
                    "the participant's name kept NUL or a bidi override");
        } else {
            refusedNaming(join, 422, "name");
        }
        Exchange comment = http.trainer(
                "PUT",
                response(fx.shift(), "TSS 4"),
                "{\"level\":2,\"version\":0,\"comment\":\"first line\\nsecond\\u0000line\\u0007\"}");
        if (comment.succeeded()) {
            String stored = storedResponse(fx.shift(), "TSS 4").get("comment").asString();
            ledger.expect(
                    !stored.contains("\u0000") && !stored.contains("\u0007") && stored.contains("\n"),
                    comment,
                    "a comment must lose NUL and BEL and keep its line break, stored " + Exchange.excerpt(stored, 60));
        } else {
            refusedNaming(comment, 422, "comment");
        }
    }

    @Test
    @Order(8)
    void textIsNormalisedToNfc() {
        String nfd = Normalizer.normalize("Zürich Hostile", Normalizer.Form.NFD);
        String nfc = Normalizer.normalize(nfd, Normalizer.Form.NFC);
        Exchange created =
                http.trainer("POST", "/api/assessments", HostileFixtures.assessment(HostileFixtures.SHIFT, nfd, 2025));
        ledger.expect(
                created.status() == 201
                        && nfc.equals(HostileHttp.body(created).get("city").asString()),
                created,
                "a city typed in NFD must be stored in NFC");
        for (String typed : List.of(nfc, nfd)) {
            Exchange found = http.trainer("GET", "/api/assessments?city=" + RandomInput.encode(typed), null);
            JsonNode list = HostileHttp.body(found);
            ledger.expect(
                    list != null && list.size() == 1,
                    found,
                    "filtering by the city typed in " + (typed.equals(nfc) ? "NFC" : "NFD")
                            + " must find the one assessment of Zürich Hostile");
        }
    }

    // ---- pages

    @Test
    @Order(9)
    void pageFormsNeverAnswer500() {
        PageSession trainer = new PageSession(app.baseUrl(), ledger);
        if (!trainer.signIn()) {
            ledger.problem("the trainer could not sign in through /login; the page-form cases were not run");
            return;
        }
        trainer.get("/workshops/" + fx.workshop());
        Exchange level = trainer.post(
                "/workshops/" + fx.workshop() + "/agreed/E6", Map.of("level", "abc", "rationale", "typed by hand"));
        ledger.expect(level.status() < 500, level, "level=abc on the agree form");
        trainer.get("/assessments/" + fx.shift() + "/categories/E");
        Exchange version = trainer.post(
                "/assessments/" + fx.shift() + "/categories/E", Map.of("level:E3", "4", "version:E3", "abc"));
        ledger.expect(version.status() < 500, version, "version=abc on the entry form");
        trainer.get("/assessments/" + fx.shift() + "/categories/TSS");
        Exchange comment = trainer.post(
                "/assessments/" + fx.shift() + "/categories/TSS",
                Map.of(
                        "level:TSS 5",
                        "3",
                        "version:TSS 5",
                        "0",
                        "comment:TSS 5",
                        "x".repeat(30_000),
                        "author",
                        "B".repeat(250)));
        ledger.expect(
                comment.status() < 500,
                comment,
                "a 30,000-character comment and a 250-character author on the entry form");
        Exchange unknown = trainer.get("/assessments/987654321");
        ledger.expect(
                unknown.status() == 404, unknown, "an unknown assessment's page must be 404 (the app's own page)");
        for (String path :
                List.of("/?year=abc", "/compare?assessments=abc", "/assessments/abc", "/cities/Nowhere?year=abc")) {
            Exchange odd = trainer.get(path);
            ledger.expect(odd.status() < 500, odd, "a malformed page parameter");
        }
        Exchange biel = http.trainer(
                "POST", "/api/assessments", HostileFixtures.assessment(HostileFixtures.SHIFT, "Biel/Bienne", 2025));
        Exchange home = trainer.get("/");
        Matcher link = Pattern.compile("href=\"([^\"]*Biel[^\"]*)\"").matcher(home.body() == null ? "" : home.body());
        if (biel.status() == 201
                && ledger.expect(link.find(), home, "the home page must link the city page of Biel/Bienne")) {
            Exchange cityPage = trainer.get(link.group(1).replace("&amp;", "&"));
            ledger.expect(
                    cityPage.status() == 200 && cityPage.body().contains("Biel/Bienne"),
                    cityPage,
                    "the city page of Biel/Bienne must open");
        }
        PageSession participant = new PageSession(app.baseUrl(), ledger);
        participant.get("/join?code=" + fx.joinCode());
        Exchange joined = participant.post(
                "/join", Map.of("code", fx.joinCode(), "name", "P".repeat(300), "department", "D".repeat(300)));
        ledger.expect(joined.status() < 500, joined, "a 300-character name on the join form");
    }

    // ---- the error format

    @Test
    @Order(10)
    void everyApiErrorHasTheDocumentedFormatAndStatus() {
        String unknown = "/api/assessments/987654321";
        expectStatus(http.trainer("GET", unknown, null), 404);
        expectStatus(http.trainer("GET", unknown + "/report.pdf", null), 404);
        expectStatus(http.trainer("GET", unknown + "/workbook.xlsx", null), 404);
        expectStatus(http.trainer("POST", unknown + "/workshops", null), 404);
        expectStatus(http.trainer("GET", "/api/workshops/987654321/summary", null), 404);
        expectStatus(http.trainer("PUT", "/api/workshops/987654321/agreed/E1", "{\"level\":3}"), 404);
        expectStatus(http.trainer("GET", "/api/nothing-here", null), 404);
        expectStatus(http.trainer("DELETE", "/api/scorecards", null), 405);
        expectStatus(http.trainer("PUT", "/api/assessments/" + fx.shift(), "{}"), 405);
        expectStatus(
                http.send(
                        "POST",
                        "/api/assessments",
                        "text/plain",
                        "city=x".getBytes(StandardCharsets.UTF_8),
                        "city=x",
                        HostileHttp.TRAINER,
                        false),
                415);
        expectStatus(
                http.send(
                        "PUT",
                        response(fx.shift(), "E1"),
                        "text/plain",
                        "3".getBytes(StandardCharsets.UTF_8),
                        "3",
                        HostileHttp.TRAINER,
                        false),
                415);
        expectStatus(
                http.send(
                        "POST",
                        "/api/workshops/join",
                        "application/xml",
                        "<join/>".getBytes(StandardCharsets.UTF_8),
                        "<join/>",
                        null,
                        false),
                415);
        expectStatus(http.trainer("POST", "/api/assessments", "this is not JSON"), 400);
        expectStatus(http.trainer("POST", "/api/assessments", ""), 400);
        expectStatus(http.trainer("GET", "/api/assessments?year=abc", null), 400);
        expectStatus(http.trainer("GET", "/api/assessments/abc", null), 400);
        expectStatus(http.trainer("GET", "/api/comparisons?assessments=abc", null), 400);
        Exchange notMultipart = http.trainer("POST", "/api/assessments/import", "{\"file\":\"x\"}");
        ledger.expect(
                notMultipart.status() == 400 || notMultipart.status() == 415,
                notMultipart,
                "a non-multipart import must be 400 or 415");
        Exchange noFile = http.upload("/api/assessments/import", "x.xlsx", new byte[0], Map.of("year", "2025"), false);
        ledger.expect(
                noFile.status() >= 400 && noFile.status() < 500, noFile, "an empty upload must be refused with a 4xx");
        refusedNaming(
                http.upload("/api/assessments/import", "t.xlsx", validWorkbook(2025), Map.of("year", "abc"), false),
                400,
                "year");
        Exchange join = http.anonymous(
                "POST",
                "/api/workshops/join",
                "{\"joinCode\":\"" + fx.joinCode() + "\",\"name\":\"x\",\"groupId\":\"abc\"}");
        ledger.expect(join.status() == 400 || join.status() == 422, join, "a groupId that is no number");
    }

    @Test
    @Order(11)
    void encodedSeparatorsAndNulInApiPathsGetJsonErrors() {
        for (String path : List.of(
                "/api/assessments/1%2F2",
                "/api/assessments/%00",
                "/api/scorecards/a%5Cb",
                "/api/scorecards/%2e%2e%2fsecret",
                "/api/scorecards/%zz",
                "/api/scorecards/a\\b",
                "/api/assessments/" + fx.shift() + "/responses/E1%00/history",
                "/api/scorecards/%C0%AF",
                "/api/scorecards/;jsessionid=x",
                "/api/scorecards/" + "%2F".repeat(500))) {
            Exchange raw = RawHttp.get(app.port(), path, HostileHttp.TRAINER, ledger);
            ledger.expect(raw.status() >= 400 && raw.status() < 500, raw, "an odd /api path must get a 4xx");
        }
    }

    // ---- races and final assessments

    @Test
    @Order(12)
    void simultaneousAgreesForOneIndicatorBothSucceed() throws Exception {
        ExecutorService pair = Executors.newFixedThreadPool(2);
        for (String code : List.of("TSS 6", "TSS 7", "TSS 8", "TSS 9", "TSS 10", "TSS 11", "TSS 12", "E6")) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Exchange>> both = new ArrayList<>();
            for (int level : new int[] {3, 4}) {
                both.add(pair.submit(() -> {
                    together.await();
                    return http.trainer(
                            "PUT",
                            agreed(fx.workshop(), code),
                            "{\"level\":" + level + ",\"rationale\":\"race " + level + "\"}");
                }));
            }
            for (Future<Exchange> agree : both) {
                Exchange exchange = agree.get(1, TimeUnit.MINUTES);
                ledger.expect(
                        exchange.succeeded(),
                        exchange,
                        "two trainers agreeing on one indicator at once must both succeed");
            }
            JsonNode stored = storedResponse(fx.shift(), code);
            ledger.expect(
                    stored != null
                            && (stored.get("level").asInt() == 3
                                    || stored.get("level").asInt() == 4),
                    "after two agrees on " + code + " the assessment's answer must be one of them, not " + stored);
        }
        pair.shutdown();
    }

    @Test
    @Order(13)
    void agreeingOnAFinalAssessmentIsRefused() {
        refusedNaming(
                http.trainer("PUT", agreed(fx.finalWorkshop(), "E1"), "{\"level\":3,\"rationale\":\"too late\"}"),
                422,
                null);
        refusedNaming(
                http.trainer("PUT", response(fx.finalAssessment(), "E1"), "{\"level\":3,\"version\":0}"), 422, null);
    }

    // ---- workbooks

    @Test
    @Order(14)
    void importedYearsOutsideTheRangeAreRefusedWithTheirCell() {
        Exchange valid = http.upload("/api/assessments/import", "valid.xlsx", validWorkbook(2024), Map.of(), false);
        ledger.expect(
                valid.status() == 201,
                valid,
                "the suite's own valid workbook must import (else the cases below prove nothing)");
        for (int year : new int[] {99999, -5, 1899, 2201}) {
            String[] cell = new String[1];
            byte[] workbook = Workbooks.edit(template(), book -> {
                Workbooks.setMeta(book, "City", "Year " + year);
                cell[0] = Workbooks.setMeta(book, "Year", year);
            });
            refusedWithCell(http.upload("/api/assessments/import", "year.xlsx", workbook, Map.of(), false), cell[0]);
        }
        refusedNaming(
                http.upload("/api/assessments/import", "t.xlsx", validWorkbook(2024), Map.of("year", "99999"), false),
                422,
                "year");
    }

    @Test
    @Order(15)
    void importedLongTextsAndHugeNumbersAreRefusedWithTheirCell() {
        List<Function<XSSFWorkbook, String>> edits = List.of(
                book -> Workbooks.setMeta(book, "City", "C".repeat(300)),
                book -> Workbooks.setMeta(book, "Title", "T".repeat(400)),
                book -> Workbooks.setAnswer(book, "E1", Workbooks.COMMENT, "c".repeat(30_000)),
                book -> Workbooks.setAnswer(book, "P1", Workbooks.VALUE, "1e999999999"),
                book -> Workbooks.setAnswer(book, "P1", Workbooks.VALUE, "1e20000000"),
                book -> Workbooks.setAnswer(book, "E1", Workbooks.LEVEL, "2.9"));
        for (Function<XSSFWorkbook, String> edit : edits) {
            String[] cell = new String[1];
            byte[] workbook = Workbooks.edit(template(), book -> {
                Workbooks.setMeta(book, "City", "Imported");
                Workbooks.setMeta(book, "Year", 2024);
                cell[0] = edit.apply(book);
            });
            Exchange imported = http.upload("/api/assessments/import", "cells.xlsx", workbook, Map.of(), false);
            refusedWithCell(imported, cell[0]);
            smallBody(imported);
        }
    }

    @Test
    @Order(16)
    void zipBombsAreRefusedBeforeTheyAreOpened() {
        byte[] zeros = Workbooks.zerosBomb(validWorkbook(2024), 700);
        refusedNaming(http.upload("/api/assessments/import", "zeros.xlsx", zeros, Map.of(), false), 422, null);
        byte[] expanding = Workbooks.expandingParts(validWorkbook(2024), 30);
        assertThat(expanding.length)
                .as("the expanding workbook must fit under the 10 MB upload limit")
                .isLessThan(9_900_000);
        refusedNaming(http.upload("/api/assessments/import", "expanding.xlsx", expanding, Map.of(), false), 422, null);
        refusedNaming(
                http.upload("/api/assessments/" + fx.shift() + "/import", "expanding.xlsx", expanding, Map.of(), false),
                422,
                null);
    }

    // ---- memory under load (the app runs with -Xmx256m)

    @Test
    @Order(17)
    void sixteenParallelLargeUploadsAre201Or503() throws Exception {
        byte[] large = Workbooks.padded(validWorkbook(2023), 9_400_000, SEED);
        List<Exchange> answers =
                parallel(16, () -> http.upload("/api/assessments/import", "large.xlsx", large, Map.of(), true));
        answers.forEach(upload -> ledger.expect(
                upload.status() == 201 || upload.status() == 503, upload, "a large valid upload under load"));
    }

    @Test
    @Order(18)
    void fortyParallelPdfReportsAre200Or503() throws Exception {
        String path = "/api/assessments/" + fx.undrr() + "/report.pdf?lang=zh";
        List<Exchange> answers =
                parallel(40, () -> http.send("GET", path, null, null, null, HostileHttp.TRAINER, true));
        answers.forEach(report -> ledger.expect(
                report.status() == 503
                        || (report.status() == 200 && report.body().startsWith("%PDF")),
                report,
                "a PDF report under load must be a PDF or a 503"));
        System.out.println("  40 parallel reports: "
                + answers.stream().filter(a -> a.status() == 200).count() + " × 200, "
                + answers.stream().filter(a -> a.status() == 503).count() + " × 503");
    }

    // ---- the seeded fuzz

    @Test
    @Order(19)
    void seededFuzzOfThePublicAndParticipantApi() throws Exception {
        System.out.println(
                "  fuzz: seed " + SEED + ", " + FUZZ_REQUESTS + " requests (-Dhostile.seed=" + SEED + " repeats them)");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < FUZZ_REQUESTS; i++) {
            long requestSeed = SEED * 1_000_003L + i;
            sent.add(pool.submit(() -> fuzzOne(new RandomInput(new Random(requestSeed)))));
        }
        for (Future<?> request : sent) {
            request.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(ledger.requests()).as("fuzz requests sent").isGreaterThanOrEqualTo(FUZZ_REQUESTS);
    }

    /**
     * One random request. A trainer's request costs a bcrypt check of the HTTP Basic password (about 0.4 s of CPU
     * on a small machine), so most of the fuzz goes where a token or nothing is needed: participants' answers,
     * joining, the public scorecard API; about one request in ten is a trainer's.
     */
    private void fuzzOne(RandomInput in) {
        int target = in.between(0, 99);
        boolean shift = in.chance(0.6);
        long assessment = shift ? fx.shift() : fx.undrr();
        List<String> codes = shift ? fx.shiftCodes() : fx.undrrCodes();
        String code = in.chance(0.85) ? RandomInput.encode(in.pick(codes)) : in.segment("E1", "P1", "P1.1");
        Supplier<String> level =
                () -> in.chance(0.7) ? String.valueOf(in.between(-1, 6)) : in.pick(RandomInput.NUMBERS);
        Supplier<String> number =
                () -> in.chance(0.5) ? String.valueOf(in.between(-10, 600)) : in.pick(RandomInput.NUMBERS);
        Supplier<String> bool = () -> in.chance(0.8) ? "false" : "true";
        Supplier<String> text = in::quotedText;
        if (target < 50) {
            boolean own = in.chance(0.9);
            long wid = own
                    ? (shift ? fx.workshop() : fx.undrrWorkshop())
                    : (in.chance(0.5) ? fx.finalWorkshop() : in.between(-5, 999_999));
            String token = shift ? in.pick(fx.tokens()) : fx.undrrToken();
            String body = in.object(
                    in.fields(
                            "level", level, "value", number, "notApplicable", bool, "comment", text, "evidence", text),
                    0);
            String path =
                    "/api/workshops/" + (in.chance(0.95) ? String.valueOf(wid) : in.segment()) + "/answers/" + code;
            if (in.chance(0.05)) {
                http.send(
                        "PUT",
                        path,
                        "application/json",
                        body.getBytes(StandardCharsets.UTF_8),
                        body,
                        in.chance(0.5) ? null : "Bearer " + in.segment(),
                        false);
            } else {
                http.participant(token, in.chance(0.95) ? "PUT" : "GET", path, body);
            }
        } else if (target < 68) {
            http.anonymous(
                    "POST",
                    "/api/workshops/join",
                    in.object(
                            in.fields(
                                    "joinCode",
                                    (Supplier<String>) () -> in.chance(0.6)
                                            ? HostileHttp.quote(in.pick(fx.joinCode(), fx.undrrJoinCode()))
                                            : in.quotedText(),
                                    "name",
                                    text,
                                    "department",
                                    text,
                                    "groupId",
                                    (Supplier<String>) () -> in.chance(0.5) ? "null" : in.pick(RandomInput.NUMBERS)),
                            0));
        } else if (target < 90) {
            http.anonymous("GET", randomPublicGet(in), null);
        } else if (target < 93) {
            http.trainer(
                    "POST",
                    "/api/assessments",
                    in.object(
                            in.fields(
                                    "scorecardId",
                                    (Supplier<String>) () -> HostileHttp.quote(
                                            in.chance(0.8)
                                                    ? in.pick(HostileFixtures.SHIFT, HostileFixtures.UNDRR, "iclei-5rs")
                                                    : in.text()),
                                    "city",
                                    text,
                                    "country",
                                    text,
                                    "year",
                                    (Supplier<String>) () -> in.chance(0.7)
                                            ? String.valueOf(in.between(1890, 2210))
                                            : in.pick(RandomInput.NUMBERS),
                                    "title",
                                    text,
                                    "notes",
                                    text),
                            0));
        } else if (target < 96) {
            String path = in.chance(0.95)
                    ? response(assessment, null) + code
                    : "/api/assessments/" + in.segment() + "/responses/" + code;
            http.trainer(
                    "PUT",
                    path,
                    in.object(
                            in.fields(
                                    "level",
                                    level,
                                    "value",
                                    number,
                                    "notApplicable",
                                    bool,
                                    "comment",
                                    text,
                                    "evidence",
                                    text,
                                    "action",
                                    text,
                                    "responsible",
                                    text,
                                    "timescale",
                                    text,
                                    "version",
                                    (Supplier<String>) () -> String.valueOf(in.between(0, 4)),
                                    "author",
                                    text),
                            0));
        } else if (target < 98) {
            long wid = in.chance(0.9) ? (shift ? fx.workshop() : fx.undrrWorkshop()) : fx.finalWorkshop();
            http.trainer(
                    "PUT",
                    agreed(wid, null) + code,
                    in.object(in.fields("level", level, "notApplicable", bool, "rationale", text), 0));
        } else {
            http.trainer("GET", randomTrainerGet(in, assessment), null);
        }
    }

    private String randomPublicGet(RandomInput in) {
        return switch (in.between(0, 4)) {
            case 0, 1 ->
                "/api/scorecards/" + in.segment(HostileFixtures.SHIFT, HostileFixtures.UNDRR)
                        + (in.chance(0.3) ? "?version=" + in.segment("2017.1") : "");
            case 2 -> "/api/scorecards?lang=" + in.segment("en", "zh", "zh-Hant", "xx");
            case 3 ->
                "/api/scorecards/" + in.segment("problems", HostileFixtures.SHIFT) + "/" + in.segment("template.xlsx")
                        + "?lang=" + in.segment("en", "zh");
            default -> "/api/" + in.segment("scorecards", "workshops") + "/" + in.segment() + "/" + in.segment();
        };
    }

    private String randomTrainerGet(RandomInput in, long assessment) {
        return switch (in.between(3, 11)) {
            case 3 -> "/api/assessments/" + in.segment(String.valueOf(assessment), "-1", "0");
            case 4 ->
                "/api/assessments?city=" + in.segment("Hostile Shift City") + "&year="
                        + in.segment("2025", "abc", "99999999999") + "&scorecardId="
                        + in.segment(HostileFixtures.SHIFT);
            case 5 -> "/api/assessments/" + assessment + "/responses/" + in.segment("E1", "P1.1", "TSS 1") + "/history";
            case 6 -> "/api/assessments/" + assessment + "/results?lang=" + in.segment("en", "zh", "");
            case 7 ->
                "/api/comparisons?assessments=" + in.segment(fx.shift() + "," + fx.undrr(), "1,1", "-1", "") + "&mixed="
                        + in.segment("true", "yes");
            case 8 -> "/api/workshops/" + in.segment(String.valueOf(fx.workshop()), "-1") + "/summary";
            case 9 -> "/api/workshops/" + in.segment(String.valueOf(fx.workshop())) + "/groups";
            case 10 ->
                "/api/assessments/" + in.segment("x", "-1", "99999999999999999999") + "/report.pdf?lang="
                        + in.segment("en") + "&date=" + in.segment("2026-03-01T08:00:00Z", "yesterday");
            default ->
                "/api/" + in.segment("assessments", "scorecards", "workshops") + "/" + in.segment() + "/"
                        + in.segment();
        };
    }

    // ---- the log

    @Test
    @Order(20)
    void theAppLogHasNoUnhandledException() throws IOException {
        List<String> lines = Files.readAllLines(app.log(), StandardCharsets.UTF_8);
        List<String> offending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains(" ERROR ")
                    || line.contains("OutOfMemoryError")
                    || line.startsWith("Exception in thread")
                    || (line.startsWith("\tat ") && (i == 0 || !lines.get(i - 1).startsWith("\tat ")))) {
                offending.add((i + 1) + ": " + Exchange.excerpt(line, 300)
                        + (line.startsWith("\tat ") && i > 0
                                ? "  (after: " + Exchange.excerpt(lines.get(i - 1), 200) + ")"
                                : ""));
            }
        }
        if (!offending.isEmpty()) {
            ledger.problem("the app's log " + app.log() + " has " + offending.size()
                    + " ERROR line(s) or stack trace(s):\n      "
                    + String.join("\n      ", offending.subList(0, Math.min(60, offending.size())))
                    + (offending.size() > 60 ? "\n      … and " + (offending.size() - 60) + " more" : ""));
        }
    }

    // ---- helpers

    private String token() {
        return fx.tokens().get(0);
    }

    private String workshopAnswer(String code) {
        return "/api/workshops/" + fx.workshop() + "/answers/" + RandomInput.encode(code);
    }

    private static String response(long assessment, String code) {
        return "/api/assessments/" + assessment + "/responses/" + (code == null ? "" : RandomInput.encode(code));
    }

    private static String agreed(long workshop, String code) {
        return "/api/workshops/" + workshop + "/agreed/" + (code == null ? "" : RandomInput.encode(code));
    }

    private JsonNode storedResponse(long assessment, String code) {
        return byField(
                HostileHttp.body(http.trainer("GET", "/api/assessments/" + assessment + "/responses", null)),
                "indicatorCode",
                code);
    }

    private int version(long assessment, String code) {
        JsonNode stored = storedResponse(assessment, code);
        return stored == null ? 0 : stored.get("version").asInt();
    }

    private List<String> participantNames(long workshop) {
        return participantField(workshop, "name");
    }

    private List<String> participantDepartments(long workshop) {
        return participantField(workshop, "department");
    }

    private List<String> participantField(long workshop, String field) {
        JsonNode summary = HostileHttp.body(http.trainer("GET", "/api/workshops/" + workshop + "/summary", null));
        List<String> values = new ArrayList<>();
        if (summary != null) {
            summary.get("participants").forEach(participant -> values.add(text(participant, field)));
        }
        return values;
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        if (array == null || !array.isArray()) {
            return null;
        }
        for (JsonNode item : array) {
            if (item.get(field) != null && value.equals(item.get(field).asString())) {
                return item;
            }
        }
        return null;
    }

    private static boolean sameNumber(JsonNode stored, String sent) {
        return stored != null
                && !stored.isNull()
                && new BigDecimal(stored.asString()).compareTo(new BigDecimal(sent)) == 0;
    }

    private void expectStatus(Exchange exchange, int status) {
        ledger.expect(exchange.status() == status, exchange, "expected " + status);
    }

    private void smallBody(Exchange exchange) {
        ledger.expect(
                exchange.body() == null || exchange.body().length() < SMALL_ERROR,
                exchange,
                "an answer of " + (exchange.body() == null ? 0 : exchange.body().length()) + " characters (under "
                        + SMALL_ERROR + " expected)");
    }

    /** The status expected, and (when {@code field} is given) an error whose field or message names it. */
    private void refusedNaming(Exchange exchange, int status, String field) {
        if (!ledger.expect(
                exchange.status() == status,
                exchange,
                "expected " + status + (field == null ? "" : " naming " + field))) {
            return;
        }
        if (field != null) {
            JsonNode errors = HostileHttp.body(exchange) == null
                    ? null
                    : HostileHttp.body(exchange).get("errors");
            boolean named = false;
            if (errors != null) {
                for (JsonNode error : errors) {
                    String errorField =
                            error.get("field") == null || error.get("field").isNull()
                                    ? ""
                                    : error.get("field").asString();
                    named |= errorField.toLowerCase(Locale.ROOT).contains(field.toLowerCase(Locale.ROOT))
                            || error.get("message")
                                    .asString()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(field.toLowerCase(Locale.ROOT));
                }
            }
            ledger.expect(named, exchange, "the error must name the field " + field);
        }
    }

    /** A 422 naming the field, or a success after which the text is stored exactly as sent; never anything else. */
    private void refusedOrStored(Exchange exchange, String field, Supplier<Boolean> storedExactly) {
        if (exchange.succeeded()) {
            ledger.expect(storedExactly.get(), exchange, "accepted, but " + field + " was not stored exactly as sent");
        } else {
            refusedNaming(exchange, 422, field);
        }
    }

    /** A 422 with an error naming the workbook's cell, e.g. Scores!B6 (as cell, as sheet and cell, or in the message). */
    private void refusedWithCell(Exchange exchange, String cell) {
        if (!ledger.expect(exchange.status() == 422, exchange, "expected 422 naming the cell " + cell)) {
            return;
        }
        String bare = cell.substring(cell.indexOf('!') + 1);
        boolean named = false;
        for (JsonNode error : HostileHttp.body(exchange).get("errors")) {
            String errorCell = text(error, "cell");
            named |= errorCell.equals(cell)
                    || (errorCell.equals(bare) && text(error, "sheet").equals(Workbooks.SCORES))
                    || text(error, "message").contains(cell);
        }
        ledger.expect(named, exchange, "the error must name the cell " + cell);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull()
                ? ""
                : node.get(field).asString();
    }

    private byte[] templateBytes;

    /** The app's own blank SHIFT+ workbook, downloaded once. */
    private byte[] template() {
        if (templateBytes == null) {
            templateBytes = http.download("/api/scorecards/" + HostileFixtures.SHIFT + "/template.xlsx?lang=en");
        }
        return templateBytes;
    }

    private byte[] validWorkbook(int year) {
        return Workbooks.edit(template(), book -> {
            Workbooks.setMeta(book, "City", "Imported City");
            Workbooks.setMeta(book, "Year", year);
            Workbooks.setAnswer(book, "E1", Workbooks.LEVEL, 3);
        });
    }

    private static <T> List<T> parallel(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CyclicBarrier together = new CyclicBarrier(count);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                together.await();
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return results;
    }
}
