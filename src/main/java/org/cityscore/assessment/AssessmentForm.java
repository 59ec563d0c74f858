package org.cityscore.assessment;

import jakarta.validation.constraints.NotBlank;

/** The "New assessment" form: the scorecard, and the details of {@link DetailsForm}. */
public class AssessmentForm extends DetailsForm {

    @NotBlank(message = "{form.scorecard.required}")
    private String scorecardId;

    public String getScorecardId() {
        return scorecardId;
    }

    public void setScorecardId(String scorecardId) {
        this.scorecardId = scorecardId;
    }

    AssessmentService.NewAssessment toRequest() {
        return new AssessmentService.NewAssessment(
                scorecardId, getCity(), getCountry(), getYear(), getTitle(), getNotes());
    }
}
