package org.cityscore.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions of a city: listed, made, changed, updated and deleted. Every way in goes through here, so the city rules
 * hold once: 404 outside the reader's cities, 403 for a role without the right (editors and trainers change actions,
 * trainers and admins delete them).
 */
@Service
public class ActionService {

    private final ActionRepository actions;
    private final CityService cities;
    private final AssessmentService assessments;
    private final ScorecardCatalog scorecards;
    private final Reader reader;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    ActionService(
            ActionRepository actions,
            CityService cities,
            AssessmentService assessments,
            ScorecardCatalog scorecards,
            Reader reader,
            Audit audit) {
        this.actions = actions;
        this.cities = cities;
        this.assessments = assessments;
        this.scorecards = scorecards;
        this.reader = reader;
        this.audit = audit;
    }

    /** An action as sent; in a change, a field left out (null) stays as it is, an empty text removes it. */
    public record Draft(
            String scorecardId,
            List<String> indicatorCodes,
            String title,
            String description,
            String owner,
            String lead,
            String due,
            String status,
            Long createdFrom) {}

    /** Which actions to list: each null means any; {@code overdue} true keeps open actions past their due date. */
    public record Filter(String status, String owner, Boolean overdue) {}

    /** The city's actions that pass the filter, by due date (none last). */
    public List<Action> list(long cityId, Filter filter) {
        cities.find("cityId", cityId);
        String status = filter.status() == null || filter.status().isBlank()
                ? null
                : ActionRules.status("status", filter.status());
        String owner = filter.owner() == null || filter.owner().isBlank()
                ? null
                : filter.owner().strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        return actions.ofCity(cityId).stream()
                .filter(action -> status == null || status.equals(action.status()))
                .filter(action -> owner == null
                        || (action.owner() != null
                                && action.owner().toLowerCase(Locale.ROOT).equals(owner)))
                .filter(action -> filter.overdue() == null || filter.overdue() == action.overdueOn(today))
                .toList();
    }

    public Action find(long id) {
        return actions.find(id)
                .filter(action -> reader.mayRead(action.cityId()))
                .orElseThrow(() -> ActionException.notFound(id));
    }

    @Transactional
    public Action create(long cityId, Draft draft) {
        cities.find("cityId", cityId);
        if (!reader.mayWrite(cityId)) {
            throw Reader.forbidden();
        }
        ScorecardDefinition scorecard = scorecard(draft.scorecardId());
        String status = draft.status() == null ? ActionRules.PLANNED : ActionRules.status("status", draft.status());
        Action checked = new Action(
                0,
                cityId,
                scorecard.id(),
                ActionRules.indicators(draft.indicatorCodes(), scorecard),
                ActionRules.title(draft.title()),
                ActionRules.description(draft.description()),
                ActionRules.owner(draft.owner()),
                ActionRules.lead(draft.lead()),
                ActionRules.due(draft.due()),
                status,
                List.of(),
                createdFrom(draft.createdFrom(), cityId, scorecard.id()));
        return actions.find(insert(checked)).orElseThrow();
    }

    /** Stores a checked new action with its first update; its id. */
    long insert(Action checked) {
        long id = actions.create(checked, clock.instant());
        actions.addUpdate(id, new Action.Update(clock.instant(), signedIn(), checked.status(), null));
        audit.record("action.create", target(id, checked.title()), checked.cityId(), null);
        return id;
    }

    /** Stores a checked change of an action; a new status is recorded as an update. */
    void store(Action current, Action changed) {
        actions.save(changed, clock.instant());
        if (!changed.status().equals(current.status())) {
            actions.addUpdate(changed.id(), new Action.Update(clock.instant(), signedIn(), changed.status(), null));
        }
        audit.record("action.update", target(changed.id(), changed.title()), current.cityId(), null);
    }

    @Transactional
    public Action change(long id, Draft draft) {
        Action current = writable(id);
        ScorecardDefinition scorecard =
                scorecard(draft.scorecardId() == null ? current.scorecardId() : draft.scorecardId());
        List<String> codes = draft.indicatorCodes() == null ? current.indicatorCodes() : draft.indicatorCodes();
        String status = draft.status() == null ? current.status() : ActionRules.status("status", draft.status());
        Action changed = new Action(
                id,
                current.cityId(),
                scorecard.id(),
                ActionRules.indicators(codes, scorecard),
                draft.title() == null ? current.title() : ActionRules.title(draft.title()),
                draft.description() == null ? current.description() : ActionRules.description(draft.description()),
                draft.owner() == null ? current.owner() : ActionRules.owner(draft.owner()),
                draft.lead() == null ? current.lead() : ActionRules.lead(draft.lead()),
                draft.due() == null ? current.due() : ActionRules.due(draft.due()),
                status,
                current.updates(),
                current.createdFrom());
        store(current, changed);
        return actions.find(id).orElseThrow();
    }

    /** Records an update: the action takes its status (the current one when none is given) and keeps the note. */
    @Transactional
    public Action update(long id, String status, String note) {
        Action current = writable(id);
        String next = status == null ? current.status() : ActionRules.status("status", status);
        String text = ActionRules.text("note", note, TextLimit.Max.COMMENT);
        if (text == null && next.equals(current.status())) {
            throw ActionException.rejected("note", Message.of("action.error.emptyUpdate"));
        }
        Action changed = new Action(
                id,
                current.cityId(),
                current.scorecardId(),
                current.indicatorCodes(),
                current.title(),
                current.description(),
                current.owner(),
                current.lead(),
                current.due(),
                next,
                current.updates(),
                current.createdFrom());
        actions.save(changed, clock.instant());
        actions.addUpdate(id, new Action.Update(clock.instant(), signedIn(), next, text));
        audit.record("action.progress", target(id, current.title()), current.cityId(), "status=" + next);
        return actions.find(id).orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        Action current = find(id);
        if (!reader.mayDelete(current.cityId())) {
            throw Reader.forbidden();
        }
        actions.delete(id);
        audit.record("action.delete", target(id, current.title()), current.cityId(), null);
    }

    private Action writable(long id) {
        Action current = find(id);
        if (!reader.mayWrite(current.cityId())) {
            throw Reader.forbidden();
        }
        return current;
    }

    /** The published scorecard of this id; 422 naming {@code scorecardId} when there is none. */
    ScorecardDefinition scorecard(String id) {
        if (id == null || id.isBlank()) {
            throw ActionException.rejected("scorecardId", Message.of("action.error.scorecardRequired"));
        }
        return scorecards
                .find(id.strip())
                .orElseThrow(() -> ActionException.rejected(
                        "scorecardId", Message.of("action.error.scorecard", ActionRules.text("scorecardId", id, 100))));
    }

    /** The assessment the action is made from: of the same city and scorecard, and one the reader sees. */
    private Long createdFrom(Long assessmentId, long cityId, String scorecardId) {
        if (assessmentId == null) {
            return null;
        }
        Assessment from = assessments
                .visible(assessmentId)
                .filter(assessment -> assessment.cityId() == cityId
                        && assessment.scorecardId().equals(scorecardId))
                .orElseThrow(() ->
                        ActionException.rejected("createdFrom", Message.of("action.error.createdFrom", assessmentId)));
        return from.id();
    }

    private static String target(long id, String title) {
        return "action/" + id + " " + title;
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
