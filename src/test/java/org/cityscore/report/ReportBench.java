package org.cityscore.report;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentStatus;
import org.cityscore.assessment.Response;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.scoring.Answer;
import org.cityscore.scoring.ScoreCalculator;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The report the benchmark measures: a fully answered 47-question UNDRR assessment in Chinese, with the app's messages and fonts. */
public final class ReportBench {

    private final ReportRenderer renderer = new ReportRenderer(new ReportFonts(""));
    private final ReportData data;

    public ReportBench() {
        this(Integer.MAX_VALUE, "zh", true);
    }

    /** The first {@code answered} questions answered (levels cycling through the scale), in {@code lang}. */
    public ReportBench(int answered, String lang, boolean isFinal) {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        Map<String, Response> responses = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        for (var indicator : undrr.indicators().limit(answered).toList()) {
            int level = answers.size() % (undrr.scale().max() + 1);
            answers.add(Answer.level(indicator.code(), level));
            responses.put(
                    indicator.code(),
                    new Response(
                            indicator.code(),
                            level,
                            null,
                            false,
                            ("zh".equals(lang) ? "评论：" : "Comment: ")
                                    + indicator.name().in(lang),
                            "证据 " + answers.size(),
                            "行动计划 " + answers.size(),
                            "应急管理局",
                            "2027",
                            1,
                            at,
                            "trainer"));
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale locale = Locale.forLanguageTag(lang);
        Assessment assessment = new Assessment(
                1,
                undrr.id(),
                undrr.version(),
                "凯里",
                1,
                "中国",
                2025,
                "2025 年度评估",
                null,
                isFinal ? AssessmentStatus.FINAL : AssessmentStatus.DRAFT,
                false,
                at,
                at);
        data = new ReportData(
                assessment,
                undrr,
                ScoreCalculator.score(undrr, answers),
                responses,
                List.of(),
                Map.of(),
                Set.of(),
                "trainer",
                at,
                lang,
                (key, args) -> messages.getMessage(key, args, key, locale),
                null,
                List.of());
    }

    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(data, out);
        return out.toByteArray();
    }
}
