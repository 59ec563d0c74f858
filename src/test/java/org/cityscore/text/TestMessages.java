package org.cityscore.text;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's bundles without the application context, as Spring Boot reads them: for tests of plain classes. */
public final class TestMessages {

    private TestMessages() {}

    public static Messages bundled() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return new Messages(bundle);
    }

    /** The text as the API says it. */
    public static String english(Message message) {
        return bundled().english(message);
    }
}
