package org.cityscore.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.text.Message;
import org.cityscore.text.TestMessages;
import org.junit.jupiter.api.Test;

/** Values the database cannot keep exactly are refused before anything prints them, with a message of a few words. */
class MeasuredValueTest {

    static AnswerProblem check(String code, String value) {
        return AnswerCheck.problem(
                ShippedScorecards.get("ecomobility-shift-plus"), Answer.value(code, new BigDecimal(value)));
    }

    @Test
    void aValueOfABillionDigitsIsRefusedInAShortSentence() {
        AnswerProblem problem = check("P1", "1e999999999");
        assertThat(problem.text().code()).isEqualTo("answer.valueTooLarge");
        assertThat(english(problem))
                .contains("1E+999999999")
                .contains("more than 20 digits")
                .hasSizeLessThan(200);
        assertThat(english(check("P1", "-1e20000000"))).hasSizeLessThan(200);
        // exponents at the edge of an int: precision minus scale overflows int arithmetic
        assertThat(check("P1", "123456789e2147483647").text().code()).isEqualTo("answer.valueTooLarge");
        assertThat(english(check("P1", "1e-2147483647"))).hasSizeLessThan(200);
        assertThatThrownBy(() -> WholeLevel.of(new BigDecimal("123456789e2147483647")))
                .isInstanceOf(WholeLevel.NotWhole.class);
    }

    @Test
    void tooManyDecimalsAreRefusedInsteadOfStoredAsZero() {
        AnswerProblem problem = check("P1", "1e-20");
        assertThat(problem.text().code()).isEqualTo("answer.valueTooPrecise");
        assertThat(english(problem)).contains("0.00000000000000000001").contains("more than 10 decimal places");
        assertThat(english(check("P1", "0." + "3".repeat(500)))).hasSizeLessThan(200);
    }

    @Test
    void everythingTheColumnHoldsIsLeftToTheIndicatorsOwnChecks() {
        assertThat(check("P1", "55.1234567890")).isNull();
        assertThat(check("P1", "55.00000000000000000000")).isNull();
        assertThat(check("P1", "12345678901234567890").text().code()).isEqualTo("answer.valueOutside");
        assertThat(check("P1", "123456789012345678901").text().code()).isEqualTo("answer.valueTooLarge");
    }

    @Test
    void aLevelMustBeAWholeNumber() {
        assertThat(WholeLevel.of(new BigDecimal("2"))).isEqualTo(2);
        assertThat(WholeLevel.of(new BigDecimal("2.0"))).isEqualTo(2);
        assertThat(WholeLevel.of(null)).isNull();
        assertThatThrownBy(() -> WholeLevel.of(new BigDecimal("2.9")))
                .isInstanceOfSatisfying(
                        WholeLevel.NotWhole.class,
                        e -> assertThat(e.text()).isEqualTo(Message.of("answer.levelNotWhole", "2.9")));
        assertThatThrownBy(() -> WholeLevel.of(new BigDecimal("1e999999999")))
                .isInstanceOfSatisfying(
                        WholeLevel.NotWhole.class,
                        e -> assertThat(TestMessages.english(e.text()))
                                .isEqualTo("The level must be a whole number from the scale; 1E+999999999 is not."));
    }

    private static String english(AnswerProblem problem) {
        return TestMessages.english(problem.text());
    }
}
