package org.cityscore.workshop;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
        List<IndicatorSummary> indicators,
        List<ProfileGroup> groups,
        int suppressedGroups,
        // for the trainer's page and the report, which name the groups "fewer than 5"; not in the API
        @JsonIgnore List<HiddenGroup> fewerThanFive) {

    /** The medians of the participants who share one profile value, for example gender "woman". */
    public record ProfileGroup(String dimension, String value, int participants, List<GroupIndicator> indicators) {

        /** The median of one group's answers to one indicator, or null when none of them answered. */
        public GroupIndicator indicator(String code) {
            return indicators.stream()
                    .filter(indicator -> indicator.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The median level one group gave an indicator and how many of the group answered it with a level. */
    public record GroupIndicator(String code, Double median, int count) {}

    /** A group of fewer than {@link ParticipantProfile#SMALLEST_GROUP} participants: named, never counted. */
    public record HiddenGroup(String dimension, String value) {}

    /** The shown groups of one dimension, in the order of its codes. */
    public List<ProfileGroup> groupsOf(String dimension) {
        return groups.stream()
                .filter(group -> group.dimension().equals(dimension))
                .toList();
    }

    /** Whether the group of participants with this profile value is shown: {@link ParticipantProfile#SMALLEST_GROUP} or more. */
    public boolean shows(String dimension, String value) {
        return groups.stream()
                .anyMatch(group ->
                        group.dimension().equals(dimension) && group.value().equals(value));
    }

    /** The shown groups as the live view's filter names them ({@code sector:academia}). */
    public List<String> amongChoices() {
        return groups.stream()
                .map(group -> group.dimension() + ":" + group.value())
                .toList();
    }

    public List<HiddenGroup> fewerThanFiveOf(String dimension) {
        return fewerThanFive.stream()
                .filter(group -> group.dimension().equals(dimension))
                .toList();
    }

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
