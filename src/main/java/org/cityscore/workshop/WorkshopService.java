package org.cityscore.workshop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.Response;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.Answer;
import org.cityscore.scoring.AnswerCheck;
import org.cityscore.scoring.AnswerProblem;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens workshops, lets participants join and answer, sums their answers up, and records agreed levels. */
@Service
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final AssessmentService assessments;
    private final TransactionTemplate transaction;
    private final Reader reader;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    WorkshopService(
            WorkshopRepository workshops,
            AssessmentService assessments,
            PlatformTransactionManager transactions,
            Reader reader,
            Audit audit) {
        this.workshops = workshops;
        this.assessments = assessments;
        this.transaction = new TransactionTemplate(transactions);
        this.reader = reader;
        this.audit = audit;
    }

    /** The message key of a join code that opens no workshop: it counts towards {@link JoinCodeThrottle}. */
    static final String WRONG_CODE = "workshop.refused.code";

    /** A participant who just joined, with the token that is shown to them once. */
    public record Joined(Participant participant, String token) {}

    @Transactional
    public Workshop open(long assessmentId) {
        Assessment assessment = assessments.find(assessmentId);
        if (!reader.mayRunWorkshops(assessment.cityId())) {
            throw Reader.forbidden();
        }
        if (assessment.isFinal()) {
            throw WorkshopException.invalid("assessmentId", "workshop.open.final");
        }
        for (int attempt = 0; ; attempt++) {
            try {
                Workshop opened = workshops.create(assessmentId, Secrets.joinCode(), clock.instant());
                audit.record("workshop.open", target(opened.id()), assessment.cityId(), "assessment=" + assessmentId);
                return opened;
            } catch (DuplicateKeyException taken) {
                if (attempt > 5) {
                    throw taken;
                }
            }
        }
    }

    /**
     * The workshop; 404 when there is none or its assessment is outside the reader's cities, 403 for a role that
     * runs no workshops. A participant's token already keeps them to their own workshop.
     */
    public Workshop find(long id) {
        Workshop workshop = workshops.find(id).orElseThrow(() -> WorkshopException.notFound(id));
        Assessment assessment =
                assessments.visible(workshop.assessmentId()).orElseThrow(() -> WorkshopException.notFound(id));
        if (!reader.mayRunWorkshops(assessment.cityId())) {
            throw Reader.forbidden();
        }
        return workshop;
    }

    /** The workshops of an assessment, for the one who runs them: 404 outside the reader's cities, else 403. */
    public List<Workshop> toRun(long assessmentId) {
        if (!reader.mayRunWorkshops(assessments.find(assessmentId).cityId())) {
            throw Reader.forbidden();
        }
        return forAssessment(assessmentId);
    }

    /** The summary of every workshop of an assessment, for its report: whoever may read the assessment. */
    public List<WorkshopSummary> summariesFor(long assessmentId) {
        assessments.find(assessmentId);
        return forAssessment(assessmentId).stream().map(this::summaryOf).toList();
    }

    public List<Workshop> forAssessment(long assessmentId) {
        return workshops.forAssessment(assessmentId);
    }

    @Transactional
    public Workshop rotateJoinCode(long id) {
        find(id);
        workshops.changeJoinCode(id, Secrets.joinCode());
        return find(id);
    }

    @Transactional
    public Workshop close(long id) {
        Workshop workshop = find(id);
        workshops.close(id, clock.instant());
        audit.record("workshop.close", target(id), cityOf(workshop), "assessment=" + workshop.assessmentId());
        return find(id);
    }

    /** Lets participants answer again, for example after the trainer closed the workshop too early. */
    @Transactional
    public Workshop reopen(long id) {
        Workshop workshop = find(id);
        if (assessments.find(workshop.assessmentId()).isFinal()) {
            throw WorkshopException.invalid("status", "workshop.reopen.final");
        }
        workshops.reopen(id);
        return find(id);
    }

    @Transactional
    public Joined join(String joinCode, String name, String department) {
        return join(joinCode, name, department, null);
    }

    @Transactional
    public Joined join(String joinCode, String name, String department, Long groupId) {
        return join(joinCode, name, department, groupId, false);
    }

    /** As above; an {@code anonymous} participant's comments are shown without their name. */
    @Transactional
    public Joined join(String joinCode, String name, String department, Long groupId, boolean anonymous) {
        return join(joinCode, name, department, groupId, anonymous, ParticipantProfile.NONE);
    }

    /** As above, with the participant's optional profile; a code outside the allowed ones is refused (422). */
    @Transactional
    public Joined join(
            String joinCode,
            String name,
            String department,
            Long groupId,
            boolean anonymous,
            ParticipantProfile profile) {
        ParticipantProfile checked = (profile == null ? ParticipantProfile.NONE : profile).checked();
        if (name == null || name.isBlank()) {
            throw WorkshopException.invalid("name", "workshop.refused.name");
        }
        WorkshopException.check(TextLimit.JOIN_CODE, joinCode == null ? null : joinCode.strip());
        WorkshopException.check(TextLimit.PARTICIPANT_NAME, name.strip());
        WorkshopException.check(TextLimit.DEPARTMENT, department == null ? null : department.strip());
        Workshop workshop = workshops
                .findByJoinCode(Secrets.normalizeCode(joinCode))
                .filter(Workshop::open)
                .orElseThrow(() -> WorkshopException.invalid("joinCode", WRONG_CODE, joinCode));
        String token = Secrets.token();
        Participant participant = workshops.addParticipant(
                workshop.id(),
                name.strip(),
                department == null || department.isBlank() ? null : department.strip(),
                anonymous,
                Secrets.hash(token),
                clock.instant());
        if (groupId != null) {
            if (workshops.groups(workshop.id()).stream().noneMatch(group -> group.id() == groupId)) {
                throw WorkshopException.invalid("groupId", "workshop.refused.group");
            }
            workshops.assignGroup(participant.id(), groupId);
            participant = workshops.participant(participant.id()).orElseThrow();
        }
        if (!checked.equals(ParticipantProfile.NONE)) {
            workshops.saveProfile(participant.id(), checked);
        }
        return new Joined(participant, token);
    }

    /** Adds a group that scores only the given categories of the scorecard. */
    @Transactional
    public WorkshopGroup addGroup(long workshopId, String name, List<String> categories) {
        Workshop workshop = find(workshopId);
        ScorecardDefinition definition = assessments.definitionOf(workshop.assessmentId());
        if (name == null || name.isBlank()) {
            throw WorkshopException.invalid("name", "workshop.group.nameRequired");
        }
        WorkshopException.check(TextLimit.GROUP_NAME, name.strip());
        List<String> known =
                definition.categories().stream().map(Category::code).toList();
        List<String> chosen = categories == null
                ? List.of()
                : categories.stream().filter(known::contains).distinct().toList();
        if (chosen.isEmpty()) {
            throw WorkshopException.invalid("categories", "workshop.group.noCategory", String.join(", ", known));
        }
        return workshops.addGroup(workshopId, name.strip(), chosen);
    }

    public List<WorkshopGroup> groups(long workshopId) {
        return workshops.groups(workshopId);
    }

    /** The groups of the open workshop with this join code, for the join form; empty for an unknown code. */
    /** The groups of the open workshop with this code; empty when the code opens no workshop. */
    public Optional<List<WorkshopGroup>> groupsForCode(String joinCode) {
        return workshops
                .findByJoinCode(Secrets.normalizeCode(joinCode))
                .filter(Workshop::open)
                .map(workshop -> groups(workshop.id()));
    }

    /** Puts a participant in one of their workshop's groups (null: no group, all categories). */
    @Transactional
    public void chooseGroup(ParticipantPrincipal who, Long groupId) {
        if (groupId != null && groups(who.workshopId()).stream().noneMatch(group -> group.id() == groupId)) {
            throw WorkshopException.invalid("groupId", "workshop.refused.group");
        }
        workshops.assignGroup(who.participantId(), groupId);
    }

    /** The group of a participant, if they are in one. */
    public Optional<WorkshopGroup> groupOf(Participant participant) {
        return participant.groupId() == null
                ? Optional.empty()
                : groups(participant.workshopId()).stream()
                        .filter(group -> group.id() == participant.groupId())
                        .findFirst();
    }

    /**
     * A participant leaves: their token (cookie and bearer) stops working, replaced by the hash of one nobody
     * knows; their answers stay on record for the trainer.
     */
    @Transactional
    public void leave(ParticipantPrincipal who) {
        workshops.replaceTokenHash(who.participantId(), Secrets.hash(Secrets.token()));
    }

    public Optional<Participant> participantByToken(String token) {
        return workshops.participantByTokenHash(Secrets.hash(token));
    }

    public Participant participant(long id) {
        return workshops.participant(id).orElseThrow(() -> WorkshopException.forbidden("workshop.unknownParticipant"));
    }

    /**
     * Stores a participant's own answer: only theirs, only in their workshop, only while it is open. When the same
     * participant saves a new answer from two tabs at once, one insert loses the race on the key; its transaction is
     * rolled back and run once more, and then updates. (A savepoint around every insert would do the same, at a cost
     * on the busiest path of a workshop.)
     */
    public ParticipantAnswer answer(ParticipantPrincipal who, long workshopId, String code, ResponseValue value) {
        try {
            return transaction.execute(status -> answerOnce(who, workshopId, code, value));
        } catch (DuplicateKeyException otherTabWasFirst) {
            return transaction.execute(status -> answerOnce(who, workshopId, code, value));
        }
    }

    private ParticipantAnswer answerOnce(ParticipantPrincipal who, long workshopId, String code, ResponseValue value) {
        if (who.workshopId() != workshopId) {
            throw WorkshopException.forbidden("workshop.refused.otherWorkshop");
        }
        Workshop workshop = find(workshopId);
        if (!workshop.open()) {
            throw WorkshopException.forbidden("workshop.refused.closed");
        }
        ScorecardDefinition definition = assessments.definitionOf(workshop.assessmentId());
        if (definition.indicator(code).isEmpty()) {
            throw WorkshopException.invalid("indicatorCode", "indicator.unknown", code);
        }
        value.tooLong().ifPresent(tooLong -> {
            throw WorkshopException.tooLong(tooLong);
        });
        AnswerProblem problem =
                AnswerCheck.problem(definition, new Answer(code, value.level(), value.value(), value.notApplicable()));
        if (problem != null) {
            throw WorkshopException.invalid(value.value() != null ? "value" : "level", problem.text());
        }
        groupOf(participant(who.participantId())).ifPresent(group -> {
            String category = categoryOf(definition, code);
            if (!group.covers(category)) {
                throw WorkshopException.forbidden(
                        "workshop.refused.notYourGroup",
                        group.name(),
                        String.join(", ", group.categories()),
                        code,
                        category);
            }
        });
        ParticipantAnswer answer = new ParticipantAnswer(
                who.participantId(),
                code,
                value.level(),
                value.value(),
                value.notApplicable(),
                value.comment(),
                value.evidence(),
                clock.instant());
        workshops.saveAnswer(answer);
        return answer;
    }

    private static String categoryOf(ScorecardDefinition definition, String indicatorCode) {
        return definition.categories().stream()
                .filter(category -> category.indicators().stream()
                        .anyMatch(indicator -> indicator.code().equals(indicatorCode)))
                .map(Category::code)
                .findFirst()
                .orElseThrow();
    }

    public List<ParticipantAnswer> answersOf(long participantId) {
        return workshops.answersOf(participantId);
    }

    public ScorecardDefinition definitionOf(Workshop workshop) {
        return assessments.definitionOf(workshop.assessmentId());
    }

    /** Who answered the indicator how in the workshop, with their comments: for the trainer to ask "why 3?". */
    public List<AnswerBy> answersTo(long workshopId, String code) {
        Workshop workshop = find(workshopId);
        if (assessments.definitionOf(workshop.assessmentId()).indicator(code).isEmpty()) {
            throw ApiException.notFound("indicatorCode", Message.of("indicator.unknown", code));
        }
        return workshops.answersBy(workshopId, null, code);
    }

    /** Every participant's answer in the workshop with their names, per indicator code. */
    public Map<String, List<AnswerBy>> answersByIndicator(long workshopId) {
        return workshops.answersBy(workshopId, null, null).stream()
                .collect(Collectors.groupingBy(AnswerBy::indicatorCode, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The participants' comments over every workshop of an assessment, by indicator code then workshop and name:
     * for the workbook export and the report's workshop section. Answers without a comment are left out.
     */
    public List<AnswerBy> commentsFor(long assessmentId) {
        assessments.find(assessmentId);
        return workshops.answersBy(null, assessmentId, null).stream()
                .filter(answer -> answer.comment() != null)
                .toList();
    }

    /** The latest agreement's rationale per indicator over the assessment's workshops; none for one agreed without. */
    public Map<String, String> agreedRationales(long assessmentId) {
        Map<String, String> rationales = new LinkedHashMap<>();
        for (Agreement agreement : workshops.agreementsFor(assessmentId)) {
            if (agreement.rationale() == null) {
                rationales.remove(agreement.indicatorCode());
            } else {
                rationales.put(agreement.indicatorCode(), agreement.rationale());
            }
        }
        return rationales;
    }

    public WorkshopSummary summary(long workshopId) {
        return summaryOf(find(workshopId));
    }

    /**
     * The trainer's live view, counting only the participants of one profile group (everyone when {@code among} is
     * null). A group of fewer than {@link ParticipantProfile#SMALLEST_GROUP} is never counted: the view then counts
     * no one, so its answers cannot be read off the page.
     */
    LiveView live(long workshopId, ProfileFilter among) {
        Workshop workshop = find(workshopId);
        if (among == null) {
            return new LiveView(summaryOf(workshop), answersByIndicator(workshopId), null, false);
        }
        Set<Long> members = among.members(workshops.profiles(workshopId));
        boolean tooSmall = members.size() < ParticipantProfile.SMALLEST_GROUP;
        Set<Long> counted = tooSmall ? Set.of() : members;
        Map<String, List<AnswerBy>> said = workshops.answersBy(workshopId, null, null).stream()
                .filter(answer -> counted.contains(answer.participantId()))
                .collect(Collectors.groupingBy(AnswerBy::indicatorCode, LinkedHashMap::new, Collectors.toList()));
        return new LiveView(summaryOf(workshop, counted::contains), said, among, tooSmall);
    }

    /** What the live view shows: the summary, who said what, the profile group it is narrowed to, if any. */
    record LiveView(WorkshopSummary summary, Map<String, List<AnswerBy>> said, ProfileFilter among, boolean tooSmall) {}

    private WorkshopSummary summaryOf(Workshop workshop) {
        return summaryOf(workshop, participantId -> true);
    }

    /** The summary counting the answers of the participants {@code counted} accepts; profile groups count everyone. */
    private WorkshopSummary summaryOf(Workshop workshop, LongPredicate counted) {
        long workshopId = workshop.id();
        ScorecardDefinition definition = assessments.definitionOf(workshop.assessmentId());
        List<ParticipantAnswer> everyone = workshops.answersIn(workshopId);
        List<ParticipantAnswer> answers = everyone.stream()
                .filter(answer -> counted.test(answer.participantId()))
                .toList();
        Map<Long, Long> answeredBy = answers.stream()
                .collect(Collectors.groupingBy(ParticipantAnswer::participantId, Collectors.counting()));
        Map<Long, String> groupNames =
                groups(workshopId).stream().collect(Collectors.toMap(WorkshopGroup::id, WorkshopGroup::name));
        List<WorkshopSummary.ParticipantProgress> participants = workshops.participants(workshopId).stream()
                .filter(p -> counted.test(p.id()))
                .map(p -> new WorkshopSummary.ParticipantProgress(
                        p.id(),
                        p.name(),
                        p.department(),
                        answeredBy.getOrDefault(p.id(), 0L).intValue(),
                        p.joinedAt(),
                        p.groupId() == null ? null : groupNames.get(p.groupId()),
                        p.anonymous()))
                .toList();
        Map<String, List<ParticipantAnswer>> byCode =
                answers.stream().collect(Collectors.groupingBy(ParticipantAnswer::indicatorCode));
        Map<String, Agreement> agreed =
                workshops.agreements(workshopId).stream().collect(Collectors.toMap(Agreement::indicatorCode, a -> a));
        List<WorkshopSummary.IndicatorSummary> indicators = new ArrayList<>();
        for (Category category : definition.categories()) {
            for (Indicator indicator : category.indicators()) {
                indicators.add(indicatorSummary(
                        definition,
                        category,
                        indicator,
                        byCode.getOrDefault(indicator.code(), List.of()),
                        agreed.get(indicator.code())));
            }
        }
        ProfileGroups profileGroups = ProfileGroups.of(workshops.profiles(workshopId), everyone, definition);
        return new WorkshopSummary(
                workshop.id(),
                workshop.assessmentId(),
                workshop.open(),
                workshop.joinCode(),
                participants,
                indicators,
                profileGroups.shown(),
                profileGroups.hidden().size(),
                profileGroups.hidden());
    }

    private static WorkshopSummary.IndicatorSummary indicatorSummary(
            ScorecardDefinition definition,
            Category category,
            Indicator indicator,
            List<ParticipantAnswer> answers,
            Agreement agreement) {
        List<Integer> levels = new ArrayList<>();
        int notApplicable = 0;
        for (ParticipantAnswer answer : answers) {
            if (answer.notApplicable()) {
                notApplicable++;
            } else {
                Integer level = levelOf(definition, indicator, answer);
                if (level != null) {
                    levels.add(level);
                }
            }
        }
        Consensus consensus = Consensus.of(
                levels,
                notApplicable,
                definition.scale().min(),
                definition.scale().max());
        Map<String, Integer> counts = new LinkedHashMap<>();
        consensus.counts().forEach((level, count) -> counts.put(String.valueOf(level), count));
        return new WorkshopSummary.IndicatorSummary(
                indicator.code(),
                category.code(),
                counts,
                consensus.median(),
                consensus.spread(),
                agreement == null ? null : agreement.level(),
                agreement != null && agreement.notApplicable(),
                agreement == null ? null : agreement.rationale(),
                notApplicable,
                consensus.answers(),
                consensus.disagree(),
                consensus.proposal());
    }

    /** The level an answer stands for (a measured value through the indicator's thresholds); null if none. */
    static Integer levelOf(ScorecardDefinition definition, Indicator indicator, ParticipantAnswer answer) {
        if (answer.notApplicable()) {
            return null;
        }
        if (answer.value() != null) {
            return indicator
                    .thresholds()
                    .levelFor(answer.value(), definition.scale().min());
        }
        return answer.level();
    }

    /**
     * Records the level the workshop agreed on, and makes it the assessment's answer: only agreed levels feed
     * results and reports. Participants' answers stay on record as they were; the answer's comment, evidence and
     * action plan stay as they were too (the rationale is the agreement's own).
     */
    @Transactional
    public Agreement agree(
            long workshopId, String code, Integer level, boolean notApplicable, String rationale, String trainer) {
        Workshop workshop = find(workshopId);
        Assessment assessment = assessments.find(workshop.assessmentId());
        assessment.refuseWhileInReview();
        if (assessment.isFinal()) {
            throw WorkshopException.invalid("status", "workshop.agree.final");
        }
        ScorecardDefinition definition = assessments.definitionOf(workshop.assessmentId());
        if (definition.indicator(code).isEmpty()) {
            throw WorkshopException.invalid("indicatorCode", "indicator.unknown", code);
        }
        if (level == null && !notApplicable) {
            throw WorkshopException.invalid("level", "workshop.agree.levelRequired");
        }
        AnswerProblem problem =
                AnswerCheck.problem(definition, new Answer(code, notApplicable ? null : level, null, notApplicable));
        if (problem != null) {
            throw WorkshopException.invalid("level", problem.text());
        }
        String reason = rationale == null || rationale.isBlank() ? null : rationale.strip();
        WorkshopException.check(TextLimit.RATIONALE, reason);
        Agreement agreement =
                new Agreement(code, notApplicable ? null : level, notApplicable, reason, trainer, clock.instant());
        workshops.saveAgreement(workshopId, agreement);
        audit.record(
                "workshop.agree",
                target(workshopId),
                cityOf(workshop),
                "indicator=" + code + " level=" + (notApplicable ? "n/a" : level));
        Response current = assessments.response(workshop.assessmentId(), code);
        ResponseValue kept = current == null ? null : current.content();
        assessments.respond(
                workshop.assessmentId(),
                code,
                new ResponseValue(
                        agreement.level(),
                        null,
                        notApplicable,
                        kept == null ? null : kept.comment(),
                        kept == null ? null : kept.evidence(),
                        kept == null ? null : kept.action(),
                        kept == null ? null : kept.responsible(),
                        kept == null ? null : kept.timescale()),
                current == null ? 0 : current.version(),
                trainer + " (workshop " + workshopId + ")");
        return agreement;
    }

    private long cityOf(Workshop workshop) {
        return assessments.find(workshop.assessmentId()).cityId();
    }

    private static String target(long workshopId) {
        return "workshop/" + workshopId;
    }
}
