package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who published the framework, and a note on which texts are official and which are Cityscore's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String citation, String url, LocalizedText note) {}
