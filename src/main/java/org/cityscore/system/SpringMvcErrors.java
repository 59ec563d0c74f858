package org.cityscore.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Spring MVC's own failures said as sentences a client can act on, naming the field when there is one. */
final class SpringMvcErrors {

    private SpringMvcErrors() {}

    /** The errors of {@code e} in {@code language}; bean validation's messages come already resolved by the validator. */
    static List<ApiError> of(Exception e, HttpStatusCode status, Messages messages, Locale language) {
        if (e instanceof MethodArgumentNotValidException invalid) {
            return invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> new ApiError(error.getField(), error.getDefaultMessage()))
                    .toList();
        }
        if (e instanceof HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> new ApiError(
                                    result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                    .toList();
        }
        Message text = text(e);
        if (text != null) {
            return List.of(new ApiError(field(e), messages.in(text, language)));
        }
        // Spring's own words, in English: its detail, or the status's reason
        if (e instanceof ErrorResponse known && known.getBody().getDetail() != null) {
            return List.of(new ApiError(null, known.getBody().getDetail()));
        }
        return List.of(new ApiError(null, HttpStatus.valueOf(status.value()).getReasonPhrase() + "."));
    }

    /** The field a failure of {@link #text} concerns, or null. */
    private static String field(Exception e) {
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return field(unreadable);
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName();
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return missing.getRequestPartName();
        }
        if (e instanceof TypeMismatchException mismatch) {
            return mismatch.getPropertyName();
        }
        return e instanceof MaxUploadSizeExceededException ? "file" : null;
    }

    /** What to tell the client about one of Spring MVC's failures that Cityscore words itself; null for the others. */
    private static Message text(Exception e) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String supported = method.getSupportedMethods() == null
                    ? ""
                    : String.join(", ", Arrays.asList(method.getSupportedMethods()));
            return supported.isEmpty()
                    ? Message.of("error.api.method", method.getMethod())
                    : Message.of("error.api.methodUse", method.getMethod(), supported);
        }
        if (e instanceof HttpMediaTypeNotSupportedException type) {
            MediaType wanted = type.getSupportedMediaTypes().isEmpty()
                    ? MediaType.APPLICATION_JSON
                    : type.getSupportedMediaTypes().get(0);
            return type.getContentType() == null
                    ? Message.of("error.api.mediaType", wanted)
                    : Message.of("error.api.mediaTypeNot", wanted, type.getContentType());
        }
        if (e instanceof HttpMessageNotReadableException unreadable
                && unreadable.getCause() instanceof InvalidFormatException format
                && format.getTargetType() != null
                && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(format.getTargetType()))) {
            return Message.of("error.api.notANumber", shortened(format.getValue()));
        }
        if (e instanceof HttpMessageNotReadableException) {
            return Message.of("error.api.unreadable");
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return Message.of("error.api.parameterRequired", missing.getParameterName());
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return Message.of("error.api.partRequired", missing.getRequestPartName());
        }
        if (e instanceof TypeMismatchException mismatch) {
            return Message.of(
                    isWholeNumber(mismatch.getRequiredType()) ? "error.api.notAWholeNumber" : "error.api.invalidValue",
                    shortened(mismatch.getValue()),
                    mismatch.getPropertyName());
        }
        if (e instanceof NoResourceFoundException none) {
            return Message.of("error.api.nothingAt", none.getResourcePath());
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return Message.of("error.api.fileTooLarge");
        }
        return null;
    }

    /** The JSON field that could not be read, when the parser got that far. */
    private static String field(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return jackson.getPath().get(jackson.getPath().size() - 1).getPropertyName();
        }
        return null;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
