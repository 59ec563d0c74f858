package org.cityscore.report;

import java.util.Locale;
import org.cityscore.scoring.Completeness;

/**
 * One score, one meaning, as the report prints it: for a sum scorecard the points X / M (M the maximum of every
 * applicable question) and X / M × 100; for a weighted-mean scorecard the percentage over the answered indicators.
 */
final class ReportScores {

    private ReportScores() {}

    static boolean sum(ReportData data) {
        return data.result().hasPoints();
    }

    /**
     * "11.3 %", or "–" when there is nothing to score. The percentage is the scoring's own (X / M × 100 for a sum
     * scorecard, the weighted mean otherwise), so the report never shows a number the pages do not.
     */
    static String percent(Double percent) {
        return percent == null ? "–" : format(percent);
    }

    static String format(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** "Provisional: 8 of 47 answered" or "Complete: all 47 applicable questions answered". */
    static String completeness(ReportData data) {
        Completeness done = data.result().completeness();
        return done.isComplete()
                ? data.text("report.status.complete", done.applicable())
                : data.text("report.status.provisional", done.answered(), done.applicable());
    }

    /** "Draft · Provisional: 8 of 47 answered" ("In review", "Final" likewise). */
    static String status(ReportData data) {
        return data.statusText() + "  ·  " + completeness(data);
    }
}
