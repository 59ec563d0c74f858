package org.cityscore.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;

/**
 * The median per indicator for each group of participants sharing a profile value, dimension by dimension. Groups of
 * fewer than {@link ParticipantProfile#SMALLEST_GROUP} participants are only named: their medians could single
 * someone out.
 */
record ProfileGroups(List<WorkshopSummary.ProfileGroup> shown, List<WorkshopSummary.HiddenGroup> hidden) {

    static ProfileGroups of(
            Map<Long, ParticipantProfile> profiles, List<ParticipantAnswer> answers, ScorecardDefinition definition) {
        Map<Long, List<ParticipantAnswer>> byParticipant =
                answers.stream().collect(Collectors.groupingBy(ParticipantAnswer::participantId));
        List<WorkshopSummary.ProfileGroup> shown = new ArrayList<>();
        List<WorkshopSummary.HiddenGroup> hidden = new ArrayList<>();
        ParticipantProfile.DIMENSIONS.forEach((dimension, values) -> {
            for (String value : values) {
                Set<Long> members = profiles.entrySet().stream()
                        .filter(entry -> value.equals(entry.getValue().value(dimension)))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
                if (members.isEmpty()) {
                    continue;
                }
                if (members.size() < ParticipantProfile.SMALLEST_GROUP) {
                    hidden.add(new WorkshopSummary.HiddenGroup(dimension, value));
                    continue;
                }
                List<ParticipantAnswer> theirs = members.stream()
                        .flatMap(id -> byParticipant.getOrDefault(id, List.of()).stream())
                        .toList();
                shown.add(new WorkshopSummary.ProfileGroup(
                        dimension, value, members.size(), indicators(definition, theirs)));
            }
        });
        return new ProfileGroups(shown, hidden);
    }

    private static List<WorkshopSummary.GroupIndicator> indicators(
            ScorecardDefinition definition, List<ParticipantAnswer> answers) {
        Map<String, List<ParticipantAnswer>> byCode =
                answers.stream().collect(Collectors.groupingBy(ParticipantAnswer::indicatorCode));
        List<WorkshopSummary.GroupIndicator> indicators = new ArrayList<>();
        for (Indicator indicator : definition.indicators().toList()) {
            List<Integer> levels = new ArrayList<>();
            for (ParticipantAnswer answer : byCode.getOrDefault(indicator.code(), List.of())) {
                Integer level = WorkshopService.levelOf(definition, indicator, answer);
                if (level != null) {
                    levels.add(level);
                }
            }
            Consensus consensus = Consensus.of(
                    levels, 0, definition.scale().min(), definition.scale().max());
            indicators.add(new WorkshopSummary.GroupIndicator(indicator.code(), consensus.median(), levels.size()));
        }
        return indicators;
    }
}
