package org.cityscore.report;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cityscore.action.ActionPlans;
import org.cityscore.assessment.AssessmentChange;
import org.cityscore.assessment.AssessmentReview;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.text.Languages;
import org.cityscore.workshop.ParticipantAnswer;
import org.cityscore.workshop.WorkshopService;
import org.cityscore.workshop.WorkshopSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Makes the PDF report of an assessment in any of {@link Languages#SUPPORTED}. Each face ({@link ReportFonts#face}) is
 * loaded once, when a report first needs it: loading and subsetting is the costly part, and most installations use
 * one or two.
 */
@Service
public class ReportService {

    private static final DateTimeFormatter SIGN_OFF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentService assessments;
    private final AssessmentReview review;
    private final ActionPlans actions;
    private final WorkshopService workshops;
    private final MessageSource messages;
    private final String configuredFont;
    private final Map<String, ReportRenderer> renderers = new ConcurrentHashMap<>();

    ReportService(
            AssessmentService assessments,
            AssessmentReview review,
            ActionPlans actions,
            WorkshopService workshops,
            MessageSource messages,
            @Value("${cityscore.report.font:}") String configuredFont) {
        this.assessments = assessments;
        this.review = review;
        this.actions = actions;
        this.workshops = workshops;
        this.messages = messages;
        this.configuredFont = configuredFont;
    }

    /** The report; {@code generatedAt} fixes the date it shows, so the same data gives the same report. */
    public byte[] report(long id, String lang, String preparedBy, Instant generatedAt) {
        ScoredAssessment scored = assessments.scored(id);
        var summaries = workshops.summariesFor(id).stream()
                .filter(summary -> !summary.participants().isEmpty())
                .toList();
        Map<Long, List<ParticipantAnswer>> answers = new HashMap<>();
        summaries.forEach(summary -> summary.participants()
                .forEach(participant -> answers.put(participant.id(), workshops.answersOf(participant.id()))));
        Set<Long> anonymous = summaries.stream()
                .flatMap(summary -> summary.participants().stream())
                .filter(participant -> participant.anonymous())
                .map(participant -> participant.id())
                .collect(Collectors.toSet());
        return render(scored, summaries, answers, anonymous, preparedBy, true, generatedAt, lang);
    }

    /**
     * The report of an assessment as the public sees it: what {@code shown} holds (the caller leaves out what is not
     * published) and nothing of its workshops, whose participants are named, nor who prepared or approved it, nor the
     * city's action plan ({@link ReportActions}).
     */
    public byte[] publicReport(ScoredAssessment shown, String lang, Instant generatedAt) {
        return render(shown, List.of(), Map.of(), Set.of(), null, false, generatedAt, lang);
    }

    private byte[] render(
            ScoredAssessment scored,
            List<WorkshopSummary> summaries,
            Map<Long, List<ParticipantAnswer>> answers,
            Set<Long> anonymous,
            String preparedBy,
            boolean withNames,
            Instant generatedAt,
            String lang) {
        String language = Languages.code(lang);
        Locale locale = Languages.locale(language);
        ReportData data = new ReportData(
                scored.assessment(),
                scored.definition(),
                scored.result(),
                scored.responsesByCode(),
                summaries,
                answers,
                anonymous,
                preparedBy,
                generatedAt,
                language,
                (key, args) -> messages.getMessage(key, args, key, locale),
                withNames
                        ? review.signOff(scored.assessment().id())
                                .map(change -> signOff(change, locale))
                                .orElse(null)
                        : null,
                withNames
                        ? ReportActions.of(
                                actions.of(scored.assessment()),
                                scored.definition(),
                                LocalDate.ofInstant(generatedAt, ZoneOffset.UTC))
                        : List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer(language).render(data, out);
        return out.toByteArray();
    }

    /** "Approved by ana on 2026-03-01 10:00 UTC", or "Finalized by … without review". */
    private String signOff(AssessmentChange change, Locale locale) {
        String when = SIGN_OFF_TIME.format(change.changedAt().atZone(ZoneOffset.UTC)) + " UTC";
        String who = change.changedBy() == null ? "–" : change.changedBy();
        String key = change.action().equals(AssessmentChange.APPROVED)
                ? "assessment.signOff.approved"
                : "assessment.signOff.finalized";
        return messages.getMessage(key, new Object[] {who, when}, key, locale);
    }

    /** A comparison report from already computed figures. */
    public byte[] comparison(ComparisonSheet sheet) {
        Locale locale = Languages.locale(sheet.lang());
        return new ComparisonReport(renderer(sheet.lang()).fonts())
                .render(sheet, (key, args) -> messages.getMessage(key, args, key, locale));
    }

    private ReportRenderer renderer(String language) {
        return renderers.computeIfAbsent(
                ReportFonts.face(language), face -> new ReportRenderer(new ReportFonts(configuredFont, face)));
    }
}
