package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database that cannot be used answers 503 on pages and the API alike. It comes before the other handlers, which
 * turn the remaining data access exceptions (such as a duplicate key) into answers of their own.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFailureAdvice {

    private final DatabaseUnavailable unavailable;

    DatabaseFailureAdvice(DatabaseUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class})
    ModelAndView databaseUnavailable(DataAccessException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        unavailable.answer(request, response, e);
        return new ModelAndView();
    }
}
