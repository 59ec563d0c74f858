package org.cityscore.action;

import java.io.IOException;
import java.util.List;
import org.cityscore.system.HeavyWork;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A city's actions as JSON: list with filters, make, change, record an update, delete, import a register workbook.
 * Rules in {@link ActionService}.
 */
@RestController
class ActionApiController {

    private final ActionService actions;
    private final ActionRegister register;
    private final HeavyWork heavyWork;

    ActionApiController(ActionService actions, ActionRegister register, HeavyWork heavyWork) {
        this.actions = actions;
        this.register = register;
        this.heavyWork = heavyWork;
    }

    /** An update as sent: the status the action now has (optional) and a note. */
    record UpdateRequest(String status, String note) {}

    @GetMapping("/api/cities/{cityId}/actions")
    List<Action> list(
            @PathVariable long cityId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean overdue) {
        return actions.list(cityId, new ActionService.Filter(status, owner, overdue));
    }

    @PostMapping("/api/cities/{cityId}/actions")
    ResponseEntity<Action> create(
            @PathVariable long cityId, @RequestBody ActionService.Draft draft, UriComponentsBuilder uri) {
        Action created = actions.create(cityId, draft);
        return ResponseEntity.created(uri.path("/api/actions/{id}").build(created.id()))
                .body(created);
    }

    /** An action register workbook imported all or nothing: what it added and changed, or 422 with every problem. */
    @PostMapping("/api/cities/{cityId}/actions/import")
    ActionRegister.Imported importRegister(@PathVariable long cityId, @RequestParam("file") MultipartFile file)
            throws IOException {
        byte[] bytes = file.getBytes();
        return heavyWork.run(() -> register.importWorkbook(cityId, file.getOriginalFilename(), bytes));
    }

    @GetMapping("/api/actions/{id}")
    Action action(@PathVariable long id) {
        return actions.find(id);
    }

    @PatchMapping("/api/actions/{id}")
    Action change(@PathVariable long id, @RequestBody ActionService.Draft draft) {
        return actions.change(id, draft);
    }

    @PostMapping("/api/actions/{id}/updates")
    Action update(@PathVariable long id, @RequestBody UpdateRequest update) {
        return actions.update(id, update.status(), update.note());
    }

    @DeleteMapping("/api/actions/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        actions.delete(id);
        return ResponseEntity.noContent().build();
    }
}
