package org.cityscore.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole app in the test's JVM behind a real Tomcat on a random port ({@code @LocalServerPort}), for tests that
 * speak real HTTP or drive a browser, on an empty in-memory database (no samples). Like {@link CityscoreTest}, every
 * class with only this shares one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cityscore.samples.load-on-empty=false")
public @interface CityscoreServerTest {}
