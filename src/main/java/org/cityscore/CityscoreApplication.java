package org.cityscore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Cityscore: scorecards, assessments, reports and comparisons in one web application. */
@SpringBootApplication
public class CityscoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(CityscoreApplication.class, args);
    }
}
