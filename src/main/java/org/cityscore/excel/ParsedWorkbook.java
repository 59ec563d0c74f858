package org.cityscore.excel;

import java.util.List;
import java.util.Map;
import org.cityscore.assessment.ResponseValue;

/** What a workbook says: its scorecard and city, the answers by indicator code, and every problem found. */
public record ParsedWorkbook(
        String scorecardId,
        String scorecardVersion,
        String city,
        String country,
        Integer year,
        String title,
        Map<String, ResponseValue> answers,
        List<ImportProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
