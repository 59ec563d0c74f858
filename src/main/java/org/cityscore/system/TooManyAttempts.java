package org.cityscore.system;

import java.time.Duration;
import org.cityscore.text.Message;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** 429 with Retry-After: a client that failed too often (wrong join codes) waits before it may try again. */
public class TooManyAttempts extends ApiException {

    private final long retryAfterSeconds;

    public TooManyAttempts(String field, Duration retryAfter, String messageCode) {
        this(field, Math.max(1, (retryAfter.toMillis() + 999) / 1000), messageCode);
    }

    private TooManyAttempts(String field, long retryAfterSeconds, String messageCode) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                field,
                Message.of(messageCode, String.valueOf(Math.max(1, (retryAfterSeconds + 59) / 60))));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return headers;
    }
}
