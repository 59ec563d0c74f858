package org.cityscore.system;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityscore.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bulkhead for work that needs many megabytes of heap at once (PDF reports, workbook imports): at most
 * {@code concurrency} run together, at most {@code queue} more wait, each no longer than {@code wait}. Anything
 * beyond is refused at once with {@link Busy} (503 and Retry-After), so a burst of requests costs the server a
 * refusal each, not an OutOfMemoryError for everyone.
 */
@Component
public class HeavyWork {

    private static final Logger log = LoggerFactory.getLogger(HeavyWork.class);
    /** Heap a report or an import may need at its peak, with the rest of the app, to size the default concurrency. */
    static final long HEAP_PER_TASK = 96L * 1024 * 1024;

    private final Semaphore permits;
    private final int concurrency;
    private final int queue;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();

    HeavyWork(
            @Value("${cityscore.heavy-work.concurrency:0}") int concurrency,
            @Value("${cityscore.heavy-work.queue:-1}") int queue,
            @Value("${cityscore.heavy-work.wait:20s}") Duration wait) {
        this.concurrency = concurrency > 0
                ? concurrency
                : defaultConcurrency(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory());
        this.queue = queue >= 0 ? queue : 4 * this.concurrency;
        this.wait = wait;
        this.permits = new Semaphore(this.concurrency, true);
        log.info(
                "Heavy work (PDF reports, workbook imports): {} at a time, {} more may wait up to {} s",
                this.concurrency,
                this.queue,
                wait.toSeconds());
    }

    /** One per processor, but no more than the heap holds beside the rest of the app: 1 at -Xmx256m, 3 at 384 MB, 9 at 1 GB. */
    static int defaultConcurrency(int processors, long maxHeap) {
        return (int) Math.max(1, Math.min(processors, maxHeap / HEAP_PER_TASK - 1));
    }

    /** Work that may throw what its caller handles, such as reading an upload. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /** Runs the work when a permit is free, waiting in the queue if there is room; otherwise throws {@link Busy}. */
    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        acquire();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private void acquire() {
        if (permits.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Busy busy() {
        return new Busy(Math.max(1, wait.toSeconds()));
    }

    int concurrency() {
        return concurrency;
    }

    int queue() {
        return queue;
    }

    /** Requests waiting for a permit now. */
    int waiting() {
        return waiting.get();
    }

    /** Too much heavy work at once: the client should try again after {@code retryAfterSeconds}. */
    public static final class Busy extends RuntimeException {
        private final long retryAfterSeconds;

        Busy(long retryAfterSeconds) {
            super("busy: retry after " + retryAfterSeconds + " s", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /** What to tell the client. */
        public Message text() {
            return Message.of("error.busy", retryAfterSeconds);
        }
    }
}
