package org.cityscore.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/**
 * Which answer a failed request gets: the JSON errors for the API and for the pages' own JSON requests (autosave),
 * the app's error page for everything a browser shows.
 */
final class ErrorRequests {

    private ErrorRequests() {}

    /** The path the client asked for, also during the error dispatch (where the request's own path is /error). */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String text ? text : request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && context != null && uri.startsWith(context)
                ? uri.substring(context.length())
                : String.valueOf(uri);
    }

    static boolean isApi(HttpServletRequest request) {
        return isApiPath(path(request));
    }

    static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The API, and the requests of the pages' scripts that send JSON and read the JSON errors. */
    static boolean wantsJson(HttpServletRequest request) {
        if (isApi(request)) {
            return true;
        }
        String type = request.getContentType();
        try {
            return type != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
