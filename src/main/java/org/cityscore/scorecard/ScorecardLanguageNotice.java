package org.cityscore.scorecard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.stream.Stream;
import org.cityscore.text.Languages;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Scorecard texts a scorecard lacks in the page's language are shown in English ({@code LocalizedText.in}); a page
 * showing such a scorecard (a {@link ScorecardDefinition} in its model, or something that {@link ShowsScorecard})
 * gets {@code scorecardInEnglish}, and the layout says so once, near the top.
 */
class ScorecardLanguageNotice implements HandlerInterceptor {

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new ScorecardLanguageNotice()).excludePathPatterns("/api/**");
        }
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        String language = Languages.code(RequestContextUtils.getLocale(request));
        boolean inEnglish = view.getModel().values().stream()
                .flatMap(ScorecardLanguageNotice::scorecards)
                .anyMatch(scorecard -> !scorecard.speaks(language));
        view.addObject("scorecardInEnglish", inEnglish);
    }

    private static Stream<ScorecardDefinition> scorecards(Object value) {
        if (value instanceof ScorecardDefinition scorecard) {
            return Stream.of(scorecard);
        }
        if (value instanceof ShowsScorecard shown) {
            return Stream.of(shown.definition());
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(ScorecardDefinition.class::isInstance).map(ScorecardDefinition.class::cast);
        }
        return Stream.empty();
    }
}
