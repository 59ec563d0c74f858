package org.cityscore.system;

import java.util.Optional;
import org.cityscore.text.Message;

/** What a password must be, wherever one is set: at least twelve characters, and not the username. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;

    private PasswordRule() {}

    /** What is wrong with this password for this person; empty when it may be used. */
    public static Optional<Message> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Message.of("people.password.tooShort", String.valueOf(MIN_LENGTH)));
        }
        if (password.strip().equalsIgnoreCase(username)) {
            return Optional.of(Message.of("people.password.isUsername"));
        }
        return Optional.empty();
    }
}
