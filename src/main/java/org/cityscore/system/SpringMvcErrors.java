package org.cityscore.system;

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

import java.util.Arrays;
import java.util.List;

/** Spring MVC's own failures said as sentences a client can act on, naming the field when there is one. */
final class SpringMvcErrors {

    private SpringMvcErrors() {
    }

    static List<ApiError> of(Exception e, HttpStatusCode status) {
        if (e instanceof MethodArgumentNotValidException invalid) {
            return invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> new ApiError(error.getField(), error.getDefaultMessage())).toList();
        }
        if (e instanceof HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> new ApiError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                    .toList();
        }
        return List.of(one(e, status));
    }

    private static ApiError one(Exception e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String supported = method.getSupportedMethods() == null ? "" : String.join(", ", Arrays.asList(method.getSupportedMethods()));
            return new ApiError(null, "This address does not accept " + method.getMethod() + (supported.isEmpty() ? "." : "; use " + supported + "."));
        }
        if (e instanceof HttpMediaTypeNotSupportedException type) {
            MediaType wanted = type.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON : type.getSupportedMediaTypes().get(0);
            return new ApiError(null, "Send the body as " + wanted + (type.getContentType() == null ? "" : ", not " + type.getContentType()) + ".");
        }
        if (e instanceof HttpMessageNotReadableException unreadable && unreadable.getCause() instanceof InvalidFormatException format
                && format.getTargetType() != null
                && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(format.getTargetType()))) {
            return new ApiError(field(unreadable), "'" + shortened(format.getValue()) + "' is not a number: type digits only, for example 42.5.");
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return new ApiError(field(unreadable), "The request body is not valid JSON of the expected shape: check field names, numbers and quotes.");
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return new ApiError(missing.getParameterName(), "The parameter '" + missing.getParameterName() + "' is required.");
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return new ApiError(missing.getRequestPartName(),
                    "Send the file as the part '" + missing.getRequestPartName() + "' of a multipart/form-data request.");
        }
        if (e instanceof TypeMismatchException mismatch) {
            return new ApiError(mismatch.getPropertyName(), "'" + shortened(mismatch.getValue()) + "' is not a valid value for "
                    + mismatch.getPropertyName() + (isWholeNumber(mismatch.getRequiredType()) ? ": give a whole number." : "."));
        }
        if (e instanceof NoResourceFoundException none) {
            return new ApiError(null, "There is nothing at /" + none.getResourcePath() + ".");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new ApiError("file", "The file is larger than this Cityscore accepts (cityscore.import.max-size). A filled workbook "
                    + "is usually under 1 MB: remove pictures and extra sheets, or export a fresh template.");
        }
        if (e instanceof ErrorResponse known && known.getBody().getDetail() != null) {
            return new ApiError(null, known.getBody().getDetail());
        }
        return new ApiError(null, HttpStatus.valueOf(status.value()).getReasonPhrase() + ".");
    }

    /** The JSON field that could not be read, when the parser got that far. */
    private static String field(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
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
