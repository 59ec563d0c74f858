package org.cityscore.scorecard;

/** A named result band reached from an overall percentage ({@code from}) upwards, such as Silver from 60. */
public record Band(double from, LocalizedText label) {}
