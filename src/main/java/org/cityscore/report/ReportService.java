package org.cityscore.report;

import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ScoredAssessment;
import org.cityscore.text.Languages;
import org.cityscore.workshop.ParticipantAnswer;
import org.cityscore.workshop.WorkshopService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the PDF report of an assessment in the language asked for. Fonts are loaded once, when first needed. */
@Service
public class ReportService {

    private final AssessmentService assessments;
    private final WorkshopService workshops;
    private final MessageSource messages;
    private final String configuredFont;
    private volatile ReportRenderer renderer;

    ReportService(AssessmentService assessments, WorkshopService workshops, MessageSource messages,
                  @Value("${cityscore.report.font:}") String configuredFont) {
        this.assessments = assessments;
        this.workshops = workshops;
        this.messages = messages;
        this.configuredFont = configuredFont;
    }

    /** The report; {@code generatedAt} fixes the date it shows, so the same data gives the same report. */
    public byte[] report(long id, String lang, String preparedBy, Instant generatedAt) {
        ScoredAssessment scored = assessments.scored(id);
        String language = Languages.code(lang);
        Locale locale = Languages.locale(language);
        var summaries = workshops.forAssessment(id).stream().map(workshop -> workshops.summary(workshop.id()))
                .filter(summary -> !summary.participants().isEmpty()).toList();
        Map<Long, List<ParticipantAnswer>> answers = new HashMap<>();
        summaries.forEach(summary -> summary.participants().forEach(participant ->
                answers.put(participant.id(), workshops.answersOf(participant.id()))));
        Set<Long> anonymous = summaries.stream().flatMap(summary -> summary.participants().stream())
                .filter(participant -> participant.anonymous()).map(participant -> participant.id())
                .collect(Collectors.toSet());
        ReportData data = new ReportData(scored.assessment(), scored.definition(), scored.result(), scored.responsesByCode(),
                summaries, answers, anonymous, preparedBy, generatedAt, language, (key, args) -> messages.getMessage(key, args, key, locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer().render(data, out);
        return out.toByteArray();
    }

    /** A comparison report from already computed figures. */
    public byte[] comparison(ComparisonSheet sheet) {
        Locale locale = Languages.locale(sheet.lang());
        return new ComparisonReport(fonts()).render(sheet, (key, args) -> messages.getMessage(key, args, key, locale));
    }

    private ReportFonts fonts() {
        return renderer().fonts();
    }

    private ReportRenderer renderer() {
        ReportRenderer current = renderer;
        if (current == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new ReportRenderer(new ReportFonts(configuredFont));
                }
                current = renderer;
            }
        }
        return current;
    }
}
