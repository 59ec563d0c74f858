package org.cityscore.system;

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
import java.util.List;
import java.util.Optional;
import org.cityscore.text.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens of trainers: a script sends one as {@code Authorization: Bearer cs_…} and acts as the token's
 * owner, with the owner's rights as they are at that moment, without a password check per request. Only the SHA-256
 * of a token is stored; the {@code cs_} prefix tells these tokens from participants' ones.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE) // asked first: it answers a token without the prefix at once, without a query
public class ApiTokens implements BearerTokens {

    static final String PREFIX = "cs_";
    static final int MAX_PER_PERSON = 50;
    /** last_used_at is written at most this often per token, so that a busy script does not write on every call. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TrainerAccounts accounts;

    ApiTokens(JdbcClient jdbc, ObjectProvider<Clock> clock, TrainerAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public ApiToken.Created create(String username, String name) {
        String cleaned = name == null ? "" : UserText.clean(name).strip();
        if (cleaned.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "name", Message.of("token.refused.noName"));
        }
        TextLimit.TOKEN_NAME.check(cleaned).ifPresent(tooLong -> {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, tooLong.field(), tooLong.text());
        });
        long held = jdbc.sql("select count(*) from api_token where username = ? and not revoked")
                .param(username)
                .query(Long.class)
                .single();
        if (held >= MAX_PER_PERSON) {
            throw new ApiException(
                    HttpStatus.CONFLICT, null, Message.of("token.refused.tooMany", String.valueOf(MAX_PER_PERSON)));
        }
        String token = PREFIX + secret();
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (username, name, token_hash, created_at, revoked) values (?, ?, ?, ?, false)")
                .params(username, cleaned, hash(token), Timestamp.from(now))
                .update(key, "id");
        return new ApiToken.Created(key.getKey().longValue(), cleaned, token, now);
    }

    /** The owner's tokens that still work, oldest first. */
    public List<ApiToken> list(String username) {
        return jdbc.sql(
                        "select id, name, created_at, last_used_at from api_token where username = ? and not revoked order by id")
                .param(username)
                .query((row, n) -> new ApiToken(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("last_used_at") == null
                                ? null
                                : row.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    /** Revokes one of the owner's tokens at once; another person's token, or one already revoked, is unknown (404). */
    public void revoke(String username, long id) {
        int revoked = jdbc.sql("update api_token set revoked = true where id = ? and username = ? and not revoked")
                .params(id, username)
                .update();
        if (revoked == 0) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND, "id", Message.of("token.refused.notFound", String.valueOf(id)));
        }
    }

    @Override
    public Optional<Authentication> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // one query for the token and its owner as they are now: a request with a token pays no password check
        record Found(long id, String owner, Instant lastUsed) {}
        // a deactivated owner's tokens stop at once; the role and cities are the owner's as they are now
        Optional<Found> found = jdbc.sql("select t.id, t.last_used_at, a.username from api_token t "
                        + "join trainer_account a on a.username = t.username "
                        + "where t.token_hash = ? and not t.revoked and a.active")
                .param(hash(token))
                .query((row, n) -> new Found(
                        row.getLong("id"),
                        row.getString("username"),
                        row.getTimestamp("last_used_at") == null
                                ? null
                                : row.getTimestamp("last_used_at").toInstant()))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(found.get().owner());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        UserDetails owner = TrainerAccounts.user(account.get(), "");
        Instant now = clock.instant();
        if (found.get().lastUsed() == null || found.get().lastUsed().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ?")
                    .params(Timestamp.from(now), found.get().id())
                    .update();
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
