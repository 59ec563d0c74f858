package org.cityscore.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ids of a page and what its labels point at: none may hold a space, and every label's "for" names an id on the page. */
public final class HtmlIdCheck {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern FOR = Pattern.compile("\\sfor=\"([^\"]*)\"");

    private HtmlIdCheck() {}

    /** Checks the page and returns its ids. */
    public static List<String> idsOf(String html) {
        List<String> ids = values(ID, html);
        assertThat(ids)
                .as("HTML ids")
                .allSatisfy(id -> assertThat(id).doesNotContainPattern("\\s").isNotEmpty());
        assertThat(values(FOR, html))
                .as("label targets")
                .allSatisfy(target -> assertThat(ids).contains(target));
        return ids;
    }

    private static List<String> values(Pattern attribute, String html) {
        List<String> values = new ArrayList<>();
        Matcher matcher = attribute.matcher(html);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
