package org.cityscore.system;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ConnectorErrorValve} in place of the error report valves of Tomcat's host (Spring Boot adds one of
 * its own, and Tomcat adds its default when none of the configured class is there). Runs after Boot's customizer,
 * so that it finds Boot's valve to replace.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    TomcatErrors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ConnectorErrorValve(messages));
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ConnectorErrorValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
