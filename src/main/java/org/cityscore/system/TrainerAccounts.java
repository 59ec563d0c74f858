package org.cityscore.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of people who sign in with a password (admins, trainers, editors, viewers): hashed passwords, roles
 * and cities, read at every sign-in, and how each person is named on reports. Whatever changes an account's password,
 * role, cities or status makes {@link SignInCache} forget it, so the change applies at once.
 */
@Service
public class TrainerAccounts implements UserDetailsService {

    private static final String COLUMNS =
            "select username, display_name, organisation, role, active, password_hash from trainer_account";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SignInCache signIns;
    private final Audit audit;

    TrainerAccounts(JdbcClient jdbc, PasswordEncoder passwords, SignInCache signIns, Audit audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.signIns = signIns;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Stored stored = stored(username).orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return user(stored.account(), stored.passwordHash());
    }

    /** An account with its password hash, as read at a sign-in. */
    private record Stored(Account account, String passwordHash) {}

    private Optional<Stored> stored(String username) {
        return jdbc.sql(COLUMNS + " where username = ?")
                .param(username)
                .query((row, n) -> new Stored(account(row, List.of()), row.getString("password_hash")))
                .optional()
                .map(found -> new Stored(withCities(found.account(), citiesOf(username)), found.passwordHash()));
    }

    /**
     * A person as Spring Security sees them, one rule for the sign-in and for personal API tokens: their role and
     * one authority per city. Deactivated: disabled; without a password (invited, or reset): locked for passwords.
     */
    static UserDetails user(Account account, String passwordHash) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        account.cities().forEach(id -> authorities.add(new SimpleGrantedAuthority(Role.CITY_AUTHORITY + id)));
        return User.withUsername(account.username())
                .password(passwordHash == null ? "" : passwordHash)
                .authorities(authorities)
                .disabled(!account.active())
                .accountLocked(passwordHash == null)
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

    /** An admin with this password: the account of cityscore.admin.* and of the first start. */
    public void create(String username, String password) {
        create(username, null, Role.ADMIN, List.of(), password);
    }

    /** A new account; without a password (null) the person sets one through an invitation. */
    @Transactional
    public void create(String username, String displayName, Role role, Collection<Long> cities, String password) {
        jdbc.sql("insert into trainer_account (username, password_hash, created_at, role, active, display_name) "
                        + "values (?, ?, ?, ?, true, ?)")
                .params(
                        username,
                        password == null ? null : passwords.encode(password),
                        Timestamp.from(Instant.now()),
                        role.code(),
                        blankToNull(displayName))
                .update();
        saveCities(username, cities);
        // where an account's password or status changes, a remembered sign-in must not outlive it
        signIns.forget(username);
    }

    public Optional<Account> find(String username) {
        return stored(username).map(Stored::account);
    }

    /** Every account, by username. */
    public List<Account> list() {
        Map<String, List<Long>> cities = new HashMap<>();
        jdbc.sql("select username, city_id from account_city order by city_id")
                .query((row, n) -> cities.computeIfAbsent(row.getString("username"), u -> new ArrayList<>())
                        .add(row.getLong("city_id")))
                .list();
        return jdbc.sql(COLUMNS + " order by username")
                .query((row, n) -> account(row, cities.getOrDefault(row.getString("username"), List.of())))
                .list();
    }

    /** Changes what the person is and may do; takes effect at their next request. */
    @Transactional
    public void update(String username, String displayName, Role role, Collection<Long> cities, boolean active) {
        jdbc.sql("update trainer_account set display_name = ?, role = ?, active = ? where username = ?")
                .params(blankToNull(displayName), role.code(), active, username)
                .update();
        jdbc.sql("delete from account_city where username = ?").param(username).update();
        saveCities(username, cities);
        signIns.forget(username);
    }

    /** Adds a city to a person's cities (a trainer who makes a city takes charge of it). */
    @Transactional
    public void addCity(String username, long cityId) {
        jdbc.sql("delete from account_city where username = ? and city_id = ?")
                .params(username, cityId)
                .update();
        saveCities(username, List.of(cityId));
        signIns.forget(username);
    }

    /** Sets a new password, or none (null): then no password signs in until one is set through an invitation. */
    public void setPassword(String username, String password) {
        jdbc.sql("update trainer_account set password_hash = ? where username = ?")
                .params(password == null ? null : passwords.encode(password), username)
                .update();
        signIns.forget(username);
    }

    /** The person changes their own password: the current one must be right (422 on current), the new one fit. */
    public void changePassword(String username, String current, String password) {
        String hash = jdbc.sql("select password_hash from trainer_account where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(null);
        if (hash == null || current == null || !passwords.matches(current, hash)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "current", Message.of("people.password.wrongCurrent"));
        }
        PasswordRule.check(username, password).ifPresent(problem -> {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "password", problem);
        });
        setPassword(username, password);
        audit.record(username, "person.password", "person/" + username, null, null);
    }

    /** A merge of two cities: whoever worked in the one works in the other. */
    public void moveCity(long fromCityId, long intoCityId) {
        jdbc.sql("insert into account_city (username, city_id) select username, ? from account_city a "
                        + "where city_id = ? and not exists "
                        + "(select 1 from account_city b where b.username = a.username and b.city_id = ?)")
                .params(intoCityId, fromCityId, intoCityId)
                .update();
        jdbc.sql("delete from account_city where city_id = ?").param(fromCityId).update();
        jdbc.sql("select username from account_city where city_id = ?")
                .param(intoCityId)
                .query(String.class)
                .list()
                .forEach(signIns::forget);
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

    private List<Long> citiesOf(String username) {
        return jdbc.sql("select city_id from account_city where username = ? order by city_id")
                .param(username)
                .query(Long.class)
                .list();
    }

    private void saveCities(String username, Collection<Long> cities) {
        for (long city : cities.stream().distinct().toList()) {
            jdbc.sql("insert into account_city (username, city_id) values (?, ?)")
                    .params(username, city)
                    .update();
        }
    }

    private static Account withCities(Account account, List<Long> cities) {
        return new Account(
                account.username(),
                account.displayName(),
                account.organisation(),
                account.role(),
                account.active(),
                account.hasPassword(),
                cities);
    }

    private static Account account(ResultSet row, List<Long> cities) throws SQLException {
        return new Account(
                row.getString("username"),
                row.getString("display_name"),
                row.getString("organisation"),
                Role.of(row.getString("role")).orElse(Role.VIEWER),
                row.getBoolean("active"),
                row.getString("password_hash") != null,
                cities);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
