package org.cityscore.scorecard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cityscore.system.WebSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The scorecard API and pages over the catalog as it loads the files of {@code cityscore.scorecards-dir}: the web
 * layer with its security and error answers, no database. Starts in a fraction of the whole app's time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest({ScorecardApiController.class, ScorecardPageController.class})
@Import({ScorecardCatalog.class, WebSlice.class})
@interface ScorecardWebTest {}
