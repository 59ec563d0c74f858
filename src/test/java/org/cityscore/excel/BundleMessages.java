package org.cityscore.excel;

import org.cityscore.text.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's message bundles as application.properties configures them, for tests without a Spring context. */
public final class BundleMessages {

    private BundleMessages() {
    }

    public static Messages bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
