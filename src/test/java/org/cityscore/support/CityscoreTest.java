package org.cityscore.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole app in the test's JVM, called through {@code MockMvc}, on an empty in-memory database (no samples).
 * Every class that has this and nothing else changing the configuration (no {@code @DynamicPropertySource}, no
 * nested {@code @TestConfiguration}, no mocked beans) shares one cached Spring context, so the app starts once for
 * all of them: a test adds its own assessments and must not count on the database holding only those.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
public @interface CityscoreTest {}
