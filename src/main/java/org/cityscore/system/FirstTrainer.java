package org.cityscore.system;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure a trainer can sign in. The properties {@code cityscore.admin.username} and
 * {@code cityscore.admin.password} give the first trainer (the password alone: the username "admin"); without a
 * password, and with no trainer yet, an account "admin" with a random password is created and the password is printed
 * once in the log, with the address the app really listens on. There is never a fixed default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstTrainer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstTrainer.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final TrainerAccounts accounts;
    private final FirstStartLock lock;
    private final String username;
    private final String password;
    private final String displayName;
    private final String organisation;
    private final Environment environment;

    FirstTrainer(
            TrainerAccounts accounts,
            FirstStartLock lock,
            @Value("${cityscore.admin.username:}") String username,
            @Value("${cityscore.admin.password:}") String password,
            @Value("${cityscore.admin.display-name:}") String displayName,
            @Value("${cityscore.admin.organisation:}") String organisation,
            Environment environment) {
        this.accounts = accounts;
        this.lock = lock;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
        this.organisation = organisation;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.holding(this::ensureAnAdmin);
    }

    private void ensureAnAdmin() {
        if (!password.isBlank()) {
            String name = username.isBlank() ? "admin" : username;
            if (!accounts.exists(name)) {
                accounts.create(name, password);
                accounts.saveProfile(name, displayName, organisation);
                log.info("Created admin account '{}' from cityscore.admin.password", name);
            }
            return;
        }
        if (!username.isBlank()) {
            log.warn("cityscore.admin.username is set without cityscore.admin.password: no account made from it");
        }
        if (accounts.isEmpty()) {
            String generated = randomPassword();
            accounts.create("admin", generated);
            log.warn("""

                    ==================================================================
                      First start: created the admin account
                        username: admin
                        password: {}
                      Sign in at {}. This password is shown
                      only this once; keep it. (Or set cityscore.admin.username and
                      cityscore.admin.password before the first start.)
                    ==================================================================""", generated, signInAddress());
        }
    }

    /** Where this app's sign-in page is on this machine: the port it really listens on (a test or a second node picks another). */
    private String signInAddress() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + path + "/login";
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
