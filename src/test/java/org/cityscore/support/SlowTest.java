package org.cityscore.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes its time: it drives Chromium, starts the app in a JVM of its own or again and again, or needs a
 * PostgreSQL server. {@code mvn verify} runs it; the quick loop {@code mvn verify -Pquick} (or
 * {@code -DexcludedGroups=slow}) leaves it out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("slow")
public @interface SlowTest {}
