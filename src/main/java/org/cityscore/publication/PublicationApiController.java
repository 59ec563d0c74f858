package org.cityscore.publication;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publish and unpublish an assessment (trainer or admin of its city), and whether it is published. */
@RestController
@RequestMapping("/api/assessments/{id}")
class PublicationApiController {

    private final Publications publications;

    PublicationApiController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/publication")
    Publication publication(@PathVariable long id) {
        return publications.of(id);
    }

    @PostMapping("/publish")
    Publication publish(@PathVariable long id, Principal trainer) {
        return publications.publish(id, trainer.getName());
    }

    @PostMapping("/unpublish")
    Publication unpublish(@PathVariable long id) {
        return publications.unpublish(id);
    }
}
