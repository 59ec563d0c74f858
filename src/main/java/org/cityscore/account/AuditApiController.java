package org.cityscore.account;

import java.util.List;
import org.cityscore.system.AuditEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON: {@code [{at, user, action, target, cityId, detail}]}, newest first. */
@RestController
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> list(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) Long cityId,
            @RequestParam(required = false) Integer limit) {
        return log.read(new AuditLog.Query(since, user, cityId, limit));
    }
}
