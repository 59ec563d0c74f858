package org.cityscore.action;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.city.CityService;
import org.cityscore.scorecard.ScorecardUploads;
import org.cityscore.system.Reader;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action register as a workbook: exported with the register page's filters, and imported back all or nothing,
 * every row checked by the rules of {@link ActionService}. Rows with an id change that action of the city, rows without
 * one add an action; actions the sheet leaves out stay as they are (the export may have been filtered).
 */
@Service
public class ActionRegister {

    /** What an import did: actions added, changed, and rows that changed nothing. */
    public record Imported(int created, int changed, int unchanged) {}

    private final ActionService actions;
    private final ActionRepository repository;
    private final ActionWorkbooks workbooks;
    private final CityService cities;
    private final Reader reader;
    private final Messages messages;

    ActionRegister(
            ActionService actions,
            ActionRepository repository,
            ActionWorkbooks workbooks,
            CityService cities,
            Reader reader,
            Messages messages) {
        this.actions = actions;
        this.repository = repository;
        this.workbooks = workbooks;
        this.cities = cities;
        this.reader = reader;
        this.messages = messages;
    }

    /** The city's actions that pass the filter, as a workbook in {@code locale}; 404 outside the reader's cities. */
    public byte[] export(long cityId, ActionService.Filter filter, Locale locale) {
        List<Action> listed = actions.list(cityId, filter);
        Map<Long, Instant> updatedAt = repository.updatedAt(cityId);
        return workbooks.write(
                listed.stream()
                        .map(action -> new ActionWorkbooks.Line(action, updatedAt.get(action.id())))
                        .toList(),
                locale);
    }

    /**
     * Imports an uploaded register into the city: 404 outside the reader's cities, 403 for a role that may not change
     * actions, 422 with every problem at its cell and nothing stored while there is one.
     */
    @Transactional
    public Imported importWorkbook(long cityId, String fileName, byte[] bytes) {
        cities.find("cityId", cityId);
        if (!reader.mayWrite(cityId)) {
            throw Reader.forbidden();
        }
        String file = ScorecardUploads.nameOf(fileName);
        RegisterWorkbook workbook = workbooks.read(file, bytes);
        if (!workbook.problems().isEmpty()) {
            throw new ActionImportRejected(workbook.problems(), messages);
        }
        RegisterCheck check = new RegisterCheck(file, workbook.sheet(), cityId, actions, repository);
        List<RegisterCheck.Planned> plan = check.plan(workbook.rows());
        if (!check.problems().isEmpty()) {
            throw new ActionImportRejected(check.problems(), messages);
        }
        int created = 0;
        int changed = 0;
        for (RegisterCheck.Planned planned : plan) {
            if (planned.isNew()) {
                actions.insert(planned.next());
                created++;
            } else if (planned.changes()) {
                actions.store(planned.current(), planned.next());
                changed++;
            }
        }
        return new Imported(created, changed, plan.size() - created - changed);
    }
}
