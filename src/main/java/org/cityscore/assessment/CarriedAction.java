package org.cityscore.assessment;

import java.time.LocalDate;

/**
 * An open action of the city aimed at an indicator, shown beside it on the entry page of a later assessment: the
 * year it comes from (its assessment's, else the year it was made), its status, due date (or null) and title.
 */
public record CarriedAction(long id, String indicatorCode, int fromYear, String status, LocalDate due, String title) {}
