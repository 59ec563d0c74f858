package org.cityscore.system;

import java.util.Optional;
import org.cityscore.text.Messages;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice adds to the controllers under test so that they answer as in the app: the real
 * security chains (who may call what, CSRF, headers) and the real 503 answers for database failures. No workshop
 * issues participant tokens in a slice; trainers are {@code @WithMockUser}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    SecurityConfiguration.class,
    DatabaseUnavailable.class,
    ServiceUnavailable.class,
    DatabaseFailures.class,
    Messages.class
})
public class WebSlice {

    @Bean
    BearerTokens noParticipantTokens() {
        return token -> Optional.empty();
    }
}
