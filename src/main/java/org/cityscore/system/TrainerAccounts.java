package org.cityscore.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Trainer accounts: usernames with hashed passwords, read at login, and how each trainer is named on reports. */
@Service
public class TrainerAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SignInCache signIns;

    TrainerAccounts(JdbcClient jdbc, PasswordEncoder passwords, SignInCache signIns) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.signIns = signIns;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash from trainer_account where username = ?")
                .param(username)
                .query((row, n) -> user(row.getString("username"), row.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No trainer " + username));
    }

    /** A trainer as Spring Security sees them: one rule for the sign-in and for personal API tokens. */
    static UserDetails user(String username, String passwordHash) {
        return User.withUsername(username)
                .password(passwordHash)
                // every account made before people had roles is an admin (issue 14)
                .roles(SecurityConfiguration.ADMIN)
                .build();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from trainer_account")
                        .query(Long.class)
                        .single()
                == 0;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from trainer_account where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void create(String username, String password) {
        jdbc.sql("insert into trainer_account (username, password_hash, created_at) values (?, ?, ?)")
                .params(username, passwords.encode(password), Timestamp.from(Instant.now()))
                .update();
        // where an account's password or status changes, a remembered sign-in must not outlive it
        signIns.forget(username);
    }

    public Optional<TrainerProfile> profile(String username) {
        return jdbc.sql("select username, display_name, organisation from trainer_account where username = ?")
                .param(username)
                .query((row, n) -> new TrainerProfile(
                        row.getString("username"), row.getString("display_name"), row.getString("organisation")))
                .optional();
    }

    /** Blank texts are stored as null: the report then names the trainer by username, or without an organisation. */
    public void saveProfile(String username, String displayName, String organisation) {
        jdbc.sql("update trainer_account set display_name = ?, organisation = ? where username = ?")
                .params(blankToNull(displayName), blankToNull(organisation), username)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
