package org.cityscore.scorecard;

/** A value that a page shows with its scorecard's texts, such as a scored assessment. */
public interface ShowsScorecard {

    ScorecardDefinition definition();
}
