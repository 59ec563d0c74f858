package org.cityscore.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A {@link Message} in English read straight from messages.properties, without Spring, as {@link Messages#english}
 * resolves it. Only for the deprecated String accessors kept while other packages move to {@link Message}.
 *
 * @deprecated resolve with {@link Messages} at the edge instead; remove with the last caller.
 */
@Deprecated(forRemoval = true)
public final class BundleEnglish {

    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleEnglish() {
    }

    public static String of(Message message) {
        String pattern = ResourceBundle.getBundle("messages/messages", Locale.ROOT, BASE_ONLY).getString(message.code());
        // like Spring's MessageSource: a pattern without arguments is taken as it is
        return message.args().isEmpty() ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(message.arguments());
    }
}
