package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import org.cityscore.text.TestMessages;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the database refuses: a lost race on a unique key is a 409 conflict, a value too long for its column a 422 naming it. */
class DatabaseRefusalTest {

    final ApiErrorHandler handler = new ApiErrorHandler(TestMessages.bundled());

    @Test
    void aLostRaceOnAUniqueKeyIsAConflict() throws Exception {
        ResponseEntity<Object> answer = handler.integrity(
                new DuplicateKeyException(
                        "duplicate", new SQLException("Unique index or primary key violation", "23505")),
                api(),
                new MockHttpServletResponse(),
                Locale.CHINESE);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        // English in the API whatever the reader's language
        assertThat(((ApiErrors) answer.getBody()).errors().get(0).message())
                .isEqualTo("Someone changed the same data at the same moment: reload it and try again.");
    }

    @Test
    void aValueTooLongForItsColumnIs422NamingTheColumn() throws Exception {
        SQLException tooLong = new SQLException(
                "Value too long for column \"CITY CHARACTER VARYING(200)\": \"'xxxx' (300)\"", "22001");
        ResponseEntity<Object> answer = handler.integrity(
                new DataIntegrityViolationException("too long", tooLong),
                api(),
                new MockHttpServletResponse(),
                Locale.CHINESE);
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(((ApiErrors) answer.getBody()).errors().get(0).field()).isEqualTo("city");
    }

    @Test
    void thePagesOwnJsonRequestsGetItInTheReadersLanguage() throws Exception {
        MockHttpServletRequest autosave = new MockHttpServletRequest("POST", "/assessments/1/categories/E/autosave");
        autosave.setContentType("application/json");
        ResponseEntity<Object> answer = handler.integrity(
                new DuplicateKeyException("duplicate"), autosave, new MockHttpServletResponse(), Locale.CHINESE);
        assertThat(((ApiErrors) answer.getBody()).errors().get(0).message()).isEqualTo("有人在同一时刻修改了相同的数据：请重新加载后再试。");
    }

    @Test
    void onAPageTheErrorDispatchShowsTheErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ResponseEntity<Object> answer = handler.integrity(
                new DuplicateKeyException("duplicate"),
                new MockHttpServletRequest("POST", "/workshops/1/agreed/E1"),
                response,
                Locale.CHINESE);
        assertThat(answer).isNull();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getErrorMessage()).isNull();
    }

    static MockHttpServletRequest api() {
        return new MockHttpServletRequest("PUT", "/api/assessments/1/responses/E1");
    }
}
