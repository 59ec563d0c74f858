package org.cityscore.scorecard;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.cityscore.system.HeavyWork;
import org.cityscore.system.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Managing the scorecards, for an admin: uploading a new scorecard or version (a YAML file or an authoring workbook),
 * retiring and restoring one; and the versions of one, for anyone signed in.
 */
@RestController
@RequestMapping("/api/scorecards")
class ScorecardAdminApiController {

    private final ScorecardUploads uploads;
    private final ScorecardRetirement retirement;
    private final Reader reader;
    private final HeavyWork heavyWork;

    ScorecardAdminApiController(
            ScorecardUploads uploads, ScorecardRetirement retirement, Reader reader, HeavyWork heavyWork) {
        this.uploads = uploads;
        this.retirement = retirement;
        this.reader = reader;
        this.heavyWork = heavyWork;
    }

    /** What an upload published. */
    record Published(String id, String version) {}

    @PostMapping
    ResponseEntity<Published> upload(@RequestParam("file") MultipartFile file, Principal admin) throws IOException {
        requireAdmin();
        byte[] bytes = file.getBytes();
        ScorecardDefinition definition =
                heavyWork.run(() -> uploads.publish(file.getOriginalFilename(), bytes, admin.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Published(definition.id(), definition.version()));
    }

    @PostMapping("/{id}/retire")
    ScorecardRetirement.State retire(@PathVariable String id) {
        requireAdmin();
        return retirement.retire(id, true);
    }

    @PostMapping("/{id}/restore")
    ScorecardRetirement.State restore(@PathVariable String id) {
        requireAdmin();
        return retirement.retire(id, false);
    }

    @GetMapping("/{id}/versions")
    List<ScorecardVersions.History> versions(@PathVariable String id) {
        List<ScorecardVersions.History> history = retirement.history(id);
        if (history.isEmpty()) {
            throw ScorecardApiController.notFound(id, null);
        }
        return history;
    }

    private void requireAdmin() {
        if (!reader.isAdmin()) {
            throw Reader.forbidden();
        }
    }
}
