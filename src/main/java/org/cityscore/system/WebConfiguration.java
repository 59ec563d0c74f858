package org.cityscore.system;

import org.cityscore.text.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The page language, one of {@link Languages#SUPPORTED}: the browser's Accept-Language, switched on any page with
 * {@code ?lang=ja} and remembered in a cookie. The JSON API reads {@code ?lang=} and Accept-Language per request and
 * keeps no state.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("cityscore-lang");
        resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return supported(Locale.forLanguageTag(localeValue.strip().replace('_', '-')));
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
        registry.addInterceptor(new ViewerInterceptor()).excludePathPatterns("/api/**");
        registry.addInterceptor(new ScorecardLanguageNotice()).excludePathPatterns("/api/**");
    }

    /**
     * Pages speak one of the five languages: a locale of one of them stays as it is (zh-Hant keeps its script for
     * scorecards that give Traditional Chinese texts), any other is English.
     */
    static Locale supported(Locale locale) {
        return locale != null && Languages.code(locale).equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
    }
}
