package org.cityscore.city;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Cities as JSON: make, list, read, correct, and merge one into another. Bounds are checked by {@link CityService}. */
@RestController
@RequestMapping("/api/cities")
class CityApiController {

    private final CityService cities;

    CityApiController(CityService cities) {
        this.cities = cities;
    }

    /** A city as sent; in a PATCH, a field left out stays as it is and {@code names} and {@code aliases} replace the old. */
    record CityRequest(String name, String country, Map<String, String> names, List<String> aliases) {

        CityService.Draft draft() {
            return new CityService.Draft(name, country, names, aliases);
        }
    }

    record MergeRequest(Long into) {}

    @PostMapping
    ResponseEntity<City> create(@RequestBody CityRequest request, UriComponentsBuilder uri) {
        City created = cities.create(request.draft());
        return ResponseEntity.created(uri.path("/api/cities/{id}").build(created.id()))
                .body(created);
    }

    @GetMapping
    List<City> list() {
        return cities.list();
    }

    @GetMapping("/{id}")
    City city(@PathVariable long id) {
        return cities.find(id);
    }

    @PatchMapping("/{id}")
    City update(@PathVariable long id, @RequestBody CityRequest request) {
        return cities.update(id, request.draft());
    }

    /** Moves every assessment of this city into {@code into} and answers the remaining city. */
    @PostMapping("/{id}/merge")
    City merge(@PathVariable long id, @RequestBody MergeRequest request) {
        return cities.merge(id, request.into());
    }
}
