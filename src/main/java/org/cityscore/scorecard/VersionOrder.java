package org.cityscore.scorecard;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders version strings as people read them: 1.9 before 1.10, 2017.1 before 2020.1. */
public enum VersionOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String left, String right) {
        String[] a = left.split("[.\\-]");
        String[] b = right.split("[.\\-]");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int part = comparePart(a[i], b[i]);
            if (part != 0) {
                return part;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        boolean numeric = a.matches("\\d+") && b.matches("\\d+");
        return numeric ? new BigInteger(a).compareTo(new BigInteger(b)) : a.compareTo(b);
    }
}
