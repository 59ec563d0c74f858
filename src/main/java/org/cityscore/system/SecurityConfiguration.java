package org.cityscore.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. The JSON API is stateless: trainers use HTTP Basic, workshop participants a bearer token,
 * and no CSRF token is needed there. The pages use a session, form login for trainers, and CSRF on every form.
 * Everything that creates, changes or deletes an assessment needs a trainer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Every role that signs in with a password, one per {@link Role}; participants are not among them. */
    static final String[] STAFF = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    static final String PARTICIPANT = "PARTICIPANT";
    /**
     * No address of the app (an assessment id, a join code in a link) leaves for another site. HSTS needs nothing
     * here: Spring Security sends it on every secure request, which behind a proxy is one with X-Forwarded-Proto: https.
     */
    static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY =
            ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

    /** The health probes a load balancer asks without signing in; they show a status, never details. */
    static final String[] PROBES = {"/actuator/health/liveness", "/actuator/health/readiness"};

    /**
     * No observation wrapper around each security filter: the observations are off (application.properties), but while
     * an observation registry exists Spring Security still wraps every filter of every request in one, code that the
     * JIT compiles first on the busiest path.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Actuator: the two probes for anyone (stateless, no session, nothing but the status), everything else of it for
     * an admin signing in with HTTP Basic (only {@code health} is exposed at all, see application.properties).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PROBES)
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> {})
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            List<BearerTokens> tokens,
            JsonMapper json,
            DatabaseUnavailable unavailable,
            Messages messages)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (DatabaseFailures.causedBy(e)) { // the trainer could not be looked up: not a wrong password
                unavailable.answer(request, response, e);
            } else if (e instanceof SignInLocked locked) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfterSeconds()));
                write(
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        json,
                        messages.english(Message.of("signIn.locked", String.valueOf(locked.retryAfterMinutes()))));
            } else {
                write(response, HttpStatus.UNAUTHORIZED, json, messages.english(Message.of("error.api.signIn")));
            }
        };
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/api/scorecards", "/api/scorecards/**")
                                .permitAll()
                                // open data of published assessments (publication/): read-only, for everyone
                                .requestMatchers(HttpMethod.GET, "/api/public/**")
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, "/api/workshops/join")
                                .permitAll()
                                .requestMatchers(HttpMethod.PUT, "/api/workshops/*/answers/*")
                                .hasAnyRole(PARTICIPANT)
                                .requestMatchers(HttpMethod.GET, "/api/workshops/*/answers")
                                .hasAnyRole(PARTICIPANT)
                                .anyRequest()
                                .hasAnyRole(STAFF))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> write(
                                response,
                                HttpStatus.FORBIDDEN,
                                json,
                                messages.english(Message.of("error.api.forbidden")))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, DatabaseUnavailable unavailable, ObjectProvider<TrainerAccounts> accounts)
            throws Exception {
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
        // absent only in @WebMvcTest slices, which have no accounts
        accounts.ifAvailable(
                found -> http.addFilterAfter(new FreshAuthorities(found), SecurityContextHolderFilter.class));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/join",
                                "/join/**",
                                "/invitations/*",
                                "/css/**",
                                "/js/**",
                                "/error",
                                "/favicon.ico",
                                "/scorecards",
                                "/scorecards/**")
                        .permitAll()
                        // the public pages of published assessments (publication/): read-only, for everyone
                        .requestMatchers(HttpMethod.GET, "/public", "/public/**")
                        .permitAll()
                        .requestMatchers("/workshop", "/workshop/**")
                        .hasRole(PARTICIPANT)
                        .anyRequest()
                        .hasAnyRole(STAFF))
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .permitAll()
                        .failureHandler((request, response, e) -> {
                            if (DatabaseFailures.causedBy(e)) {
                                unavailable.answer(request, response, e);
                            } else if (e instanceof SignInLocked) {
                                locked.onAuthenticationFailure(request, response, e);
                            } else {
                                wrongPassword.onAuthenticationFailure(request, response, e);
                            }
                        }))
                // participants without a session go back to the join page (their cookie brings them in), trainers to
                // login
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/join"),
                                PathPatternRequestMatcher.withDefaults().matcher("/workshop/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(
                        headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                                // not user-facing: a header for browsers
                                .contentSecurityPolicy(
                                        csp -> csp.policyDirectives(
                                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void write(HttpServletResponse response, HttpStatus status, JsonMapper json, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(ApiErrors.of(null, message)));
    }
}
