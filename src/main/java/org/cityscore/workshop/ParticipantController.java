package org.cityscore.workshop;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityscore.assessment.IndicatorInput;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scoring.WholeLevel;
import org.cityscore.system.ApiException;
import org.cityscore.system.TooManyAttempts;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participant's pages: join with a code, then answer category by category on their own device. */
@Controller
class ParticipantController {

    private final WorkshopService workshops;
    private final Messages messages;
    private final JoinCodeThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ParticipantController(WorkshopService workshops, Messages messages, JoinCodeThrottle throttle) {
        this.workshops = workshops;
        this.messages = messages;
        this.throttle = throttle;
    }

    static final String COMEBACK_COOKIE = "cityscore-participant";

    /** The join form; a participant whose session ended (a long break, a new phone tab) comes back through their cookie. */
    @GetMapping("/join")
    String joinForm(
            @RequestParam(required = false) String code,
            @CookieValue(name = COMEBACK_COOKIE, required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (token != null) {
            var participant = workshops.participantByToken(token);
            if (participant.isPresent()
                    && (code == null
                            || code.isBlank()
                            || Secrets.normalizeCode(code)
                                    .equals(workshops
                                            .find(participant.get().workshopId())
                                            .joinCode()))) {
                signIn(participant.get(), request, response);
                return "redirect:/workshop";
            }
        }
        model.addAttribute("code", code);
        model.addAttribute("groups", throttle.groupsOffered(request.getRemoteAddr(), code, workshops::groupsForCode));
        model.addAttribute("profileDimensions", ParticipantProfile.DIMENSIONS);
        model.addAttribute("profile", ParticipantProfile.NONE);
        return "workshop/join";
    }

    @PostMapping("/join")
    String join(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Boolean anonymous,
            @RequestParam(required = false) String gender,
            @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String sector,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        WorkshopService.Joined joined;
        try {
            joined = throttle.join(
                    request.getRemoteAddr(),
                    () -> workshops.join(
                            code,
                            name,
                            department,
                            groupId,
                            Boolean.TRUE.equals(anonymous),
                            new ParticipantProfile(gender, ageBand, sector)));
        } catch (WorkshopException | TooManyAttempts e) {
            model.addAttribute(
                    "groups",
                    code == null || e instanceof TooManyAttempts // a locked address learns nothing of the code
                            ? List.of()
                            : workshops.groupsForCode(code).orElse(List.of()));
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("department", department);
            model.addAttribute("anonymous", Boolean.TRUE.equals(anonymous));
            model.addAttribute("profile", new ParticipantProfile(gender, ageBand, sector));
            model.addAttribute("profileDimensions", ParticipantProfile.DIMENSIONS);
            model.addAttribute("problem", messages.in(e.text(), locale));
            return "workshop/join";
        }
        signIn(joined.participant(), request, response);
        response.addCookie(comebackCookie(request, joined.token(), 3 * 24 * 3600));
        return "redirect:/workshop";
    }

    /**
     * Leaving, for a shared phone or laptop: the token stops working, the cookie and the session go, and the next
     * person on this device starts at the join page. The answers stay on record.
     */
    @PostMapping("/workshop/leave")
    String leave(
            @AuthenticationPrincipal ParticipantPrincipal me,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        workshops.leave(me);
        response.addCookie(comebackCookie(request, "", 0));
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/join?left";
    }

    /** The cookie that brings a participant back after their session ended; Secure over HTTPS (see SecureCookies). */
    private static Cookie comebackCookie(HttpServletRequest request, String token, int maxAgeSeconds) {
        Cookie comeback = new Cookie(COMEBACK_COOKIE, token);
        comeback.setHttpOnly(true);
        comeback.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        comeback.setMaxAge(maxAgeSeconds);
        comeback.setAttribute("SameSite", "Lax");
        return comeback;
    }

    private void signIn(Participant participant, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = ParticipantTokens.authentication(participant);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    @GetMapping("/workshop")
    String home(@AuthenticationPrincipal ParticipantPrincipal me, Model model) {
        Workshop workshop = workshops.find(me.workshopId());
        ScorecardDefinition definition = workshops.definitionOf(workshop);
        Map<String, ParticipantAnswer> mine = mine(me);
        Participant participant = workshops.participant(me.participantId());
        Optional<WorkshopGroup> group = workshops.groupOf(participant);
        model.addAttribute("workshop", workshop);
        model.addAttribute("definition", definition);
        model.addAttribute("me", participant);
        model.addAttribute("group", group.orElse(null));
        model.addAttribute("groups", workshops.groups(workshop.id()));
        model.addAttribute(
                "progress",
                definition.categories().stream()
                        .filter(category ->
                                group.map(g -> g.covers(category.code())).orElse(true))
                        .map(category -> new ParticipantProgress(category, (int) category.indicators().stream()
                                .filter(i -> mine.containsKey(i.code()))
                                .count()))
                        .toList());
        return "workshop/participant-home";
    }

    @PostMapping("/workshop/group")
    String chooseGroup(
            @RequestParam(required = false) Long groupId,
            @AuthenticationPrincipal ParticipantPrincipal me,
            RedirectAttributes redirect) {
        workshops.chooseGroup(me, groupId);
        redirect.addFlashAttribute("flash", "flash.groupChosen");
        return "redirect:/workshop";
    }

    /** How many of a category's indicators this participant answered. */
    record ParticipantProgress(Category category, int answered) {}

    @GetMapping("/workshop/categories/{code}")
    String category(
            @PathVariable String code,
            @AuthenticationPrincipal ParticipantPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        Workshop workshop = workshops.find(me.workshopId());
        ScorecardDefinition definition = workshops.definitionOf(workshop);
        Category category = category(definition, code);
        var group = workshops.groupOf(workshops.participant(me.participantId()));
        if (group.isPresent() && !group.get().covers(code)) {
            redirect.addFlashAttribute("flash", "flash.notYourGroup");
            return "redirect:/workshop";
        }
        model.addAttribute("workshop", workshop);
        model.addAttribute("definition", definition);
        model.addAttribute("category", category);
        model.addAttribute("answers", mine(me));
        model.addAttribute("participantId", me.participantId());
        int index = definition.categories().indexOf(category);
        model.addAttribute(
                "next",
                index + 1 < definition.categories().size()
                        ? definition.categories().get(index + 1)
                        : null);
        return "workshop/participant-entry";
    }

    @PostMapping("/workshop/categories/{code}")
    String save(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal ParticipantPrincipal me,
            RedirectAttributes redirect,
            Locale locale) {
        Workshop workshop = workshops.find(me.workshopId());
        Category category = category(workshops.definitionOf(workshop), code);
        List<String> problems = new ArrayList<>();
        for (Indicator indicator : category.indicators()) {
            ResponseValue value;
            try {
                value = IndicatorInput.from(form, indicator.code()).toValue();
            } catch (NumberFormatException e) {
                problems.add(messages.get(
                        "participant.problemOf",
                        locale,
                        indicator.code(),
                        messages.get("entry.problem.number", locale)));
                continue;
            } catch (WholeLevel.NotWhole e) {
                problems.add(
                        messages.get("participant.problemOf", locale, indicator.code(), messages.in(e.text(), locale)));
                continue;
            }
            if (!value.isBlank()) {
                try {
                    workshops.answer(me, me.workshopId(), indicator.code(), value);
                } catch (WorkshopException e) {
                    problems.add(messages.get(
                            "participant.problemOf", locale, indicator.code(), messages.in(e.text(), locale)));
                }
            }
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("flash", "flash.saved");
        } else {
            redirect.addFlashAttribute("problems", problems);
        }
        String next = form.getFirst("next");
        return "redirect:/workshop/categories/" + (next != null && !next.isBlank() ? next : code);
    }

    private Map<String, ParticipantAnswer> mine(ParticipantPrincipal me) {
        return workshops.answersOf(me.participantId()).stream()
                .collect(Collectors.toMap(ParticipantAnswer::indicatorCode, Function.identity()));
    }

    private static Category category(ScorecardDefinition definition, String code) {
        return definition.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("code", Message.of("category.unknown", code)));
    }
}
