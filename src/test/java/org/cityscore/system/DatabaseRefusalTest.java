package org.cityscore.system;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the database refuses: a lost race on a unique key is a 409 conflict, a value too long for its column a 422 naming it. */
class DatabaseRefusalTest {

    final ApiErrorHandler handler = new ApiErrorHandler(new StaticMessageSource());

    @Test
    void aLostRaceOnAUniqueKeyIsAConflict() throws Exception {
        ResponseEntity<Object> answer = handler.integrity(new DuplicateKeyException("duplicate",
                new SQLException("Unique index or primary key violation", "23505")), api(), new MockHttpServletResponse());
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ApiErrors) answer.getBody()).errors().get(0).message()).contains("reload");
    }

    @Test
    void aValueTooLongForItsColumnIs422NamingTheColumn() throws Exception {
        SQLException tooLong = new SQLException("Value too long for column \"CITY CHARACTER VARYING(200)\": \"'xxxx' (300)\"", "22001");
        ResponseEntity<Object> answer = handler.integrity(new DataIntegrityViolationException("too long", tooLong), api(),
                new MockHttpServletResponse());
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(((ApiErrors) answer.getBody()).errors().get(0).field()).isEqualTo("city");
    }

    @Test
    void onAPageTheErrorDispatchShowsTheErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ResponseEntity<Object> answer = handler.integrity(new DuplicateKeyException("duplicate"), new MockHttpServletRequest("POST", "/workshops/1/agreed/E1"), response);
        assertThat(answer).isNull();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getErrorMessage()).isNull();
    }

    static MockHttpServletRequest api() {
        return new MockHttpServletRequest("PUT", "/api/assessments/1/responses/E1");
    }
}
