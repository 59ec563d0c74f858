package org.cityscore.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the trainer sees live: who joined, how far each got, and per indicator how the answers spread. */
public record WorkshopSummary(
        long workshopId,
        long assessmentId,
        boolean open,
        String joinCode,
        List<ParticipantProgress> participants,
        List<IndicatorSummary> indicators) {

    /** One participant and how many indicators they answered. */
    public record ParticipantProgress(
            long id, String name, String department, int answered, Instant joinedAt, String group, boolean anonymous) {}

    /** The answers to one indicator; {@code counts} maps each level ("0", "1", …) to how many chose it. */
    public record IndicatorSummary(
            String code,
            String category,
            Map<String, Integer> counts,
            Double median,
            Integer spread,
            Integer agreed,
            boolean agreedNotApplicable,
            String rationale,
            int notApplicable,
            int answers,
            boolean flagged,
            Integer proposal) {

        public boolean hasAgreement() {
            return agreed != null || agreedNotApplicable;
        }
    }

    /** Indicators where participants disagree come first, then the rest in scorecard order. */
    public List<IndicatorSummary> disagreementsFirst() {
        return indicators.stream()
                .sorted((a, b) -> Boolean.compare(b.flagged(), a.flagged()))
                .toList();
    }

    public long flaggedCount() {
        return indicators.stream().filter(IndicatorSummary::flagged).count();
    }
}
