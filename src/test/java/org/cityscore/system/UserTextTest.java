package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void decomposedAndComposedUmlautsBecomeTheSameText() {
        assertThat(UserText.clean("Zu\u0308rich")).isEqualTo("Z\u00fcrich").isEqualTo(UserText.clean("Zürich"));
    }

    @Test
    void invisibleControlsAreRemovedAndLineBreaksKept() {
        assertThat(UserText.clean("a\u0000b\u001bc\u007f")).isEqualTo("abc");
        assertThat(UserText.clean("\u202Egnp.exe\u202C \u2066x\u2069")).isEqualTo("gnp.exe x");
        assertThat(UserText.clean("line 1\r\nline 2\rline 3\n\tindented"))
                .isEqualTo("line 1\nline 2\nline 3\n\tindented");
        assertThat(UserText.clean("凯里 مدينة")).isEqualTo("凯里 مدينة");
        assertThat(UserText.clean(null)).isNull();
    }

    @Test
    void aLimitCountsTheCleanedTextAndNamesTheField() {
        assertThat(TextLimit.CITY.check("x".repeat(200))).isEmpty();
        Optional<TextLimit.TooLong> tooLong = TextLimit.CITY.check("x".repeat(201));
        assertThat(tooLong).get().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("city");
            assertThat(BundleTexts.english(problem.text()))
                    .isEqualTo("The city has 201 characters; at most 200 fit. Shorten it.");
            assertThat(problem.text().args()).containsExactly("city", "201", "200");
        });
        assertThat(TextLimit.AUTHOR.check(UserText.clean("\u0000".repeat(500) + "Li")))
                .isEmpty();
    }
}
