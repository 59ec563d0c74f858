package org.cityscore.scorecard;

import java.util.Set;

/**
 * What a scorecard version declares about an earlier version: its indicators can be compared by code with
 * those of {@code version}, except the ones listed (their scale or meaning changed).
 */
public record Comparability(String version, Set<String> except) {

    public Comparability {
        except = Set.copyOf(except);
    }
}
