package org.cityscore.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.PasswordRule;
import org.cityscore.system.TrainerAccounts;
import org.cityscore.text.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links where a person sets their own password: 32 random bytes, URL-safe, valid seven days, stored as their
 * SHA-256 only. A new invitation for a person ends the ones before it.
 */
@Service
class Invitations {

    static final Duration VALID = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TrainerAccounts accounts;
    private final Audit audit;

    Invitations(JdbcClient jdbc, ObjectProvider<Clock> clock, TrainerAccounts accounts, Audit audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.accounts = accounts;
    }

    /** A new invitation for this person; the token is returned once and never stored. */
    @Transactional
    String create(String username) {
        Instant now = clock.instant();
        jdbc.sql("update invitation set used_at = ? where username = ? and used_at is null")
                .params(Timestamp.from(now), username)
                .update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into invitation (token_hash, username, created_at, expires_at) values (?, ?, ?, ?)")
                .params(hash(token), username, Timestamp.from(now), Timestamp.from(now.plus(VALID)))
                .update();
        return token;
    }

    /** The person this invitation is for, while it is unused and unexpired. */
    Optional<String> find(String token) {
        return jdbc.sql("select username from invitation where token_hash = ? and used_at is null and expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(String.class)
                .optional();
    }

    /** Sets the person's password through the invitation, which is then used up; 404 if it is not valid (any more). */
    @Transactional
    String accept(String token, String password) {
        String username = find(token).orElseThrow(Invitations::notFound);
        PasswordRule.check(username, password).ifPresent(problem -> {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "password", problem);
        });
        jdbc.sql("update invitation set used_at = ? where token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash(token))
                .update();
        accounts.setPassword(username, password);
        audit.record(username, "person.password", "person/" + username, null, "invitation");
        return username;
    }

    static ApiException notFound() {
        return ApiException.notFound(null, Message.of("invitation.notFound"));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
