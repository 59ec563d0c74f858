package org.cityscore.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.cityscore.assessment.Assessment;
import org.cityscore.system.HeavyWork;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** An assessment's archive out, and an archive in as a new assessment. */
@RestController
class ArchiveApiController {

    private final AssessmentArchives archives;
    private final HeavyWork heavyWork;

    ArchiveApiController(AssessmentArchives archives, HeavyWork heavyWork) {
        this.archives = archives;
        this.heavyWork = heavyWork;
    }

    @GetMapping("/api/assessments/{id}/archive.zip")
    ResponseEntity<byte[]> archive(@PathVariable long id, Principal reader) {
        byte[] zip = heavyWork.run(() -> archives.export(id, reader.getName()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("assessment-" + id + "-archive.zip", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(zip);
    }

    @PostMapping("/api/assessments/import-archive")
    ResponseEntity<Assessment> importArchive(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long cityId,
            UriComponentsBuilder uri)
            throws IOException {
        Assessment created = heavyWork.run(() -> archives.importArchive(file.getBytes(), cityId));
        return ResponseEntity.created(uri.path("/api/assessments/{id}").build(created.id()))
                .body(created);
    }
}
