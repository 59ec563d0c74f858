package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many writers of one indicator with the same version at the same moment: exactly one wins, none is lost silently. */
@CityscoreTest
class ConcurrentWritesTest {

    @Autowired
    AssessmentService service;

    @Test
    void exactlyOneOfManySimultaneousWritersOfOneVersionSucceeds() throws Exception {
        long id = service.create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "Kaili", "China", 2025, null, null),
                        false)
                .id();
        service.respond(id, "P1.1", value(0, "start"), 0, "trainer");
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> attempts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int level = i % 4;
            String who = "writer " + i;
            attempts.add(pool.submit(() -> {
                start.await();
                return service.respond(id, "P1.1", value(level, who), 1, who);
            }));
        }
        start.countDown();
        List<Response> won = new ArrayList<>();
        int conflicts = 0;
        for (Future<Response> attempt : attempts) {
            try {
                won.add(attempt.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StaleResponseException.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(won).hasSize(1);
        assertThat(conflicts).isEqualTo(writers - 1);
        Response stored = service.response(id, "P1.1");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.comment()).isEqualTo(won.get(0).comment());
        assertThat(service.history(id, "P1.1")).hasSize(2);
    }

    private static ResponseValue value(int level, String comment) {
        return new ResponseValue(level, null, false, comment, null, null, null, null);
    }
}
