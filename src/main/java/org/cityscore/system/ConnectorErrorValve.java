package org.cityscore.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report, for the failures that never reach the application: a path Tomcat refuses before mapping
 * it (an encoded {@code /}, {@code \} or NUL), a malformed request line. API paths get the JSON errors, others a
 * plain page in the reader's language with a link home, instead of Tomcat's own HTML page. Everything the
 * application answers itself has content already and is left alone.
 */
class ConnectorErrorValve extends ErrorReportValve {

    private final MessageSource messages;

    ConnectorErrorValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        // as Tomcat's own valve: only an error sent with sendError and not answered by the application yet
        if (status == null
                || !status.isError()
                || response.getContentWritten() > 0
                || !ioAllowed(response)
                || !response.setErrorReported()) {
            return;
        }
        String path = String.valueOf(request.getCoyoteRequest().requestURI());
        boolean api = ErrorRequests.isApiPath(path);
        String key = ErrorPageController.sentence(status);
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(
                        api
                                ? json(messages.getMessage(key, null, Locale.ENGLISH))
                                : page(status, key, request.getLocale()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client has gone or the response was committed meanwhile: nothing left to tell
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }

    private static String json(String message) {
        return "{\"errors\":[{\"field\":null,\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}";
    }

    private String page(HttpStatus status, String key, Locale locale) {
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.page", new Object[] {status.value()}, locale));
        return "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.toLanguageTag())
                + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · Cityscore</title>"
                + "<link rel=\"stylesheet\" href=\"/css/cityscore.css\"></head><body><main><h1>" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(messages.getMessage(key, null, locale)) + "</p><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(messages.getMessage("error.back", null, locale))
                + "</a></p></main></body></html>";
    }
}
