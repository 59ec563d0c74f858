package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.cityscore.text.Languages;
import org.cityscore.text.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language, one of {@link Languages#SUPPORTED}: the browser's Accept-Language, switched on any page with
 * {@code ?lang=ja} and remembered in a cookie. The JSON API reads {@code ?lang=} and Accept-Language per request and
 * keeps no state: a controller takes an {@link org.cityscore.text.ApiLanguage} parameter.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        // the API speaks English whatever the client's Accept-Language (bean validation's messages included); it
        // reads ?lang= and Accept-Language itself where it returns content in a language, such as results
        CookieLocaleResolver resolver = new CookieLocaleResolver("cityscore-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return ErrorRequests.isApi(request) ? Messages.API : super.resolveLocale(request);
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return ErrorRequests.isApi(request)
                        ? new SimpleLocaleContext(Messages.API)
                        : super.resolveLocaleContext(request);
            }
        };
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
    }

    /**
     * Pages speak one of the five languages: a locale of one of them stays as it is (zh-Hant keeps its script for
     * scorecards that give Traditional Chinese texts), any other is English.
     */
    static Locale supported(Locale locale) {
        return locale != null && Languages.code(locale).equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiLanguageResolver());
    }
}
