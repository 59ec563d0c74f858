package org.cityscore.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CityNamesTest {

    @Test
    void foldsWidthCaseAndSpaces() {
        assertThat(CityNames.key("ＫＡＩＬＩ")).isEqualTo("kaili");
        assertThat(CityNames.key(" Kaili ")).isEqualTo("kaili");
        assertThat(CityNames.key("凯里\u3000 Kaili")).isEqualTo("凯里 kaili");
        assertThat(CityNames.key("STRASSE")).isEqualTo(CityNames.key("Straße"));
        assertThat(CityNames.key(null)).isEmpty();
        assertThat(CityNames.key("Biel/Bienne")).isEqualTo("biel/bienne");
    }
}
