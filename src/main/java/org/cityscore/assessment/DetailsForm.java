package org.cityscore.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import org.cityscore.system.TextLimit;

/**
 * An assessment's details as the pages' forms bind them, field by field, so that a refused form comes back as it
 * was typed: the "Correct details" form, and the fields of "New assessment".
 */
public class DetailsForm {

    @NotBlank(message = "{form.city.required}")
    @Size(max = TextLimit.Max.CITY, message = "{form.tooLong}")
    private String city;

    @Size(max = TextLimit.Max.COUNTRY, message = "{form.tooLong}")
    private String country;

    @NotNull(message = "{form.year.required}")
    @Min(value = 1900, message = "{form.year.range}")
    @Max(value = 2200, message = "{form.year.range}")
    private Integer year = Year.now().getValue();

    @Size(max = TextLimit.Max.TITLE, message = "{form.tooLong}")
    private String title;

    @Size(max = TextLimit.Max.NOTES, message = "{form.tooLong}")
    private String notes;

    static DetailsForm of(Assessment assessment) {
        DetailsForm form = new DetailsForm();
        form.setCity(assessment.city());
        form.setCountry(assessment.country());
        form.setYear(assessment.year());
        form.setTitle(assessment.title());
        form.setNotes(assessment.notes());
        return form;
    }

    /** As a correction: every field is given, so an emptied one is removed. */
    AssessmentService.Details toDetails() {
        return new AssessmentService.Details(
                city, country == null ? "" : country, year, title == null ? "" : title, notes == null ? "" : notes);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
