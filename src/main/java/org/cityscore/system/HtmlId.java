package org.cityscore.system;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * An indicator or category code made safe for an HTML id and a URL fragment: "TSS 1" becomes "TSS-1", "P1.1" becomes
 * "P1-1". Ids may not contain spaces, and a dot or slash would need escaping in CSS selectors and links. Java calls
 * {@link #of}; templates call the same through this bean, {@code ${@htmlId.from(code)}} (Thymeleaf refuses static
 * calls in links), so every page makes the same id.
 */
@Component("htmlId")
public final class HtmlId {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    public static String of(String code) {
        return code == null ? "" : UNSAFE.matcher(code).replaceAll("-");
    }

    public String from(String code) {
        return of(code);
    }
}
