package org.cityscore.text;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's message bundles without a Spring context, configured as application.properties configures them. */
public final class BundleTexts {

    public static final Messages MESSAGES = new Messages(source());

    private BundleTexts() {}

    public static String english(Message message) {
        return MESSAGES.english(message);
    }

    public static String chinese(Message message) {
        return MESSAGES.in(message, Locale.CHINESE);
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
