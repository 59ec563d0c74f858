package org.cityscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

    @Test
    void theParameterWinsOverTheHeader() {
        assertThat(ApiLanguage.of("zh", "en-GB,en;q=0.9").tag()).isEqualTo("zh");
        assertThat(ApiLanguage.of(" ", "ko-KR,ko;q=0.9").asked()).isEqualTo("ko-KR,ko;q=0.9");
    }

    @Test
    void aHeaderGivesItsMostWantedLanguage() {
        ApiLanguage language = ApiLanguage.of(null, "en;q=0.5,zh-CN;q=0.9");
        assertThat(language.tag()).isEqualTo("zh-cn");
        assertThat(language.locale()).isEqualTo(Locale.forLanguageTag("zh"));
    }

    @Test
    void nothingOrNonsenseIsEnglish() {
        assertThat(ApiLanguage.of(null, null).tag()).isEqualTo("en");
        assertThat(ApiLanguage.of("zh;q=oops", null).tag()).isEqualTo("en");
        assertThat(ApiLanguage.of(null, "*").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("fr", null).locale()).isEqualTo(Locale.ENGLISH);
    }
}
