package org.cityscore.archive;

import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** An archive that is not imported (422), with where in it the problem is: a file, or a file and a field. */
final class ArchiveProblem extends ApiException {

    ArchiveProblem(String where, String code, Object... args) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, where, Message.of(code, args));
    }

    ArchiveProblem(String where, Message text) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, where, text);
    }
}
