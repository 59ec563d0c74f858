package org.cityscore.text;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves {@link Message}s: in English for the API, in the reader's language everywhere else. */
@Component
public class Messages {

    /** The API's language: messages.properties, the bundle without a language suffix. */
    public static final Locale API = Locale.ENGLISH;

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String english(Message message) {
        return in(message, API);
    }

    public String in(Message message, Locale locale) {
        return source.getMessage(message.code(), message.arguments(), locale);
    }

    public String get(String code, Locale locale, Object... args) {
        return source.getMessage(code, args, locale);
    }
}
