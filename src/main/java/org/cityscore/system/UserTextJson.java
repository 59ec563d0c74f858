package org.cityscore.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of every JSON body passes through {@link UserText#clean}, and a number with a fraction is never
 * cut to fit a whole-number field ("level": 2.9 is refused, not stored as 2).
 */
@Configuration(proxyBeanMethods = false)
class UserTextJson {

    @Bean
    JsonMapperBuilderCustomizer userTextCustomizer() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("user-text").addDeserializer(String.class, new CleanStringDeserializer()));
    }

    static final class CleanStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return UserText.clean(super.deserialize(parser, context));
        }
    }
}
