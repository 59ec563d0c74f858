package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bulkhead: N at a time, a bounded queue with a bounded wait, refusals beyond; nothing leaks a permit. */
class HeavyWorkTest {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool();

    @Test
    void beyondTheRunningAndTheQueueARequestIsRefusedAtOnceAndTheQueuedOneRunsLater() throws Exception {
        HeavyWork work = new HeavyWork(1, 1, Duration.ofSeconds(30));
        Holder first = new Holder(work);
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> work.run(() -> "queued"), THREADS);
        awaitWaiting(work, 1);

        long start = System.nanoTime();
        assertThatThrownBy(() -> work.run(() -> "third"))
                .isInstanceOfSatisfying(
                        HeavyWork.Busy.class,
                        busy -> assertThat(busy.retryAfterSeconds()).isEqualTo(30));
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("refused without waiting")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(queued).isNotDone();

        assertThat(first.release()).isEqualTo("held");
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
        assertThat(work.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void aQueuedRequestGivesUpAfterTheWaitAndAFailedTaskReturnsItsPermit() throws Exception {
        HeavyWork work = new HeavyWork(1, 5, Duration.ofMillis(200));
        Holder holder = new Holder(work);
        long start = System.nanoTime();
        assertThatThrownBy(() -> work.run(() -> "late")).isInstanceOf(HeavyWork.Busy.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(work.waiting()).isZero();
        holder.release();

        assertThatThrownBy(() -> work.run(() -> {
                    throw new IllegalStateException("broken report");
                }))
                .hasMessage("broken report");
        assertThat(work.run(() -> "the permit came back")).isEqualTo("the permit came back");
    }

    @Test
    void theDefaultConcurrencyFollowsProcessorsAndHeap() {
        long mb = 1024 * 1024;
        assertThat(HeavyWork.defaultConcurrency(8, 256 * mb)).isEqualTo(1);
        assertThat(HeavyWork.defaultConcurrency(8, 384 * mb)).isEqualTo(3);
        assertThat(HeavyWork.defaultConcurrency(2, 4096 * mb)).isEqualTo(2);
        assertThat(HeavyWork.defaultConcurrency(1, 64 * mb)).isEqualTo(1);
        assertThat(new HeavyWork(0, -1, Duration.ofSeconds(20)).queue())
                .isEqualTo(4 * new HeavyWork(0, -1, Duration.ofSeconds(20)).concurrency());
    }

    /** A task that took a permit on another thread and holds it until released. */
    static final class Holder {
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<String> done;

        Holder(HeavyWork work) throws InterruptedException {
            CountDownLatch running = new CountDownLatch(1);
            done = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return work.run(() -> {
                                running.countDown();
                                release.await();
                                return "held";
                            });
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    THREADS);
            assertThat(running.await(10, TimeUnit.SECONDS))
                    .as("the holder runs")
                    .isTrue();
        }

        String release() throws Exception {
            release.countDown();
            return done.get(10, TimeUnit.SECONDS);
        }
    }

    static void awaitWaiting(HeavyWork work, int count) throws InterruptedException {
        for (int i = 0; i < 1000 && work.waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(work.waiting()).isEqualTo(count);
    }
}
