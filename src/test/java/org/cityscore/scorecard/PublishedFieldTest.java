package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;

/** {@code publish: [level, comment, evidence, action]}: which answer fields a published assessment shows. */
class PublishedFieldTest {

    private final ScorecardParser parser = new ScorecardParser();

    private ScorecardParser.Outcome parse(String yaml) {
        return parser.parse("test.yaml", new StringReader(yaml));
    }

    @Test
    void aScorecardWithoutPublishPublishesAllFourFields() {
        ScorecardDefinition card = parse(ScorecardParserTest.VALID).definition();
        assertThat(card.publish())
                .containsExactly(
                        PublishedField.LEVEL, PublishedField.COMMENT, PublishedField.EVIDENCE, PublishedField.ACTION);
    }

    @Test
    void aScorecardPublishesOnlyTheFieldsItLists() {
        ScorecardDefinition card = parse(ScorecardParserTest.VALID + "publish: [level, evidence]\n")
                .definition();
        assertThat(card.publishes(PublishedField.LEVEL)).isTrue();
        assertThat(card.publishes(PublishedField.EVIDENCE)).isTrue();
        assertThat(card.publishes(PublishedField.COMMENT)).isFalse();
        assertThat(card.publishes(PublishedField.ACTION)).isFalse();
        assertThat(parse(ScorecardParserTest.VALID + "publish: []\n")
                        .definition()
                        .publish())
                .isEmpty();
    }

    @Test
    void anUnknownFieldIsAProblemSayingWhereAndWhatMayBeListed() {
        var outcome = parse(ScorecardParserTest.VALID + "publish: [level, names]\n");
        assertThat(outcome.isValid()).isFalse();
        ScorecardProblem problem = outcome.problems().get(0);
        assertThat(problem.path()).isEqualTo("publish[1]");
        assertThat(problem.line()).isEqualTo(ScorecardParserTest.VALID.split("\n").length + 1);
        assertThat(BundleTexts.english(problem.text()))
                .isEqualTo("'names' cannot be published; list some of: level, comment, evidence, action");
        assertThat(BundleTexts.chinese(problem.text()))
                .isEqualTo("“names”不是可发布的字段；请从以下字段中选择：level, comment, evidence, action");
    }
}
