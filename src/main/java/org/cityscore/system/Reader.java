package org.cityscore.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that knows who reads and which cities they may see and change: an admin everything, a trainer,
 * editor or viewer only the cities of their {@code CITY_<id>} authorities, each role with its own rights. Someone
 * without one of these roles (a workshop participant, the app itself) is not limited here: the URL rules of
 * {@code SecurityConfiguration} and the participant's token keep them to what they may reach. A visitor who has not
 * signed in may nothing here.
 */
@Component("reader")
public class Reader {

    private final TrainerAccounts accounts;

    Reader(TrainerAccounts accounts) {
        this.accounts = accounts;
    }

    public static final String ADMIN = "ROLE_ADMIN";
    public static final String TRAINER = "ROLE_TRAINER";
    public static final String EDITOR = "ROLE_EDITOR";
    public static final String VIEWER = "ROLE_VIEWER";
    /** The authorities of the four roles that sign in with a password, one per {@link Role}. */
    static final Set<String> STAFF =
            Arrays.stream(Role.values()).map(role -> "ROLE_" + role.name()).collect(Collectors.toUnmodifiableSet());

    private static final String CITY = "CITY_";

    /** Whether an authentication is a person's (admin, trainer, editor or viewer), not a participant's or the app's. */
    static boolean isStaff(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(STAFF::contains);
    }

    /** True when the reader sees every city: an admin, or someone whom the URL rules limit instead. */
    public boolean isAdmin() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken) {
            return false; // a visitor who has not signed in reads no city through this class (public pages ask no one)
        }
        Set<String> roles = authorities();
        return roles.contains(ADMIN) || roles.stream().noneMatch(STAFF::contains);
    }

    /** The cities the reader may see; empty when {@link #isAdmin()} (every city). */
    public Optional<Set<Long>> cities() {
        if (isAdmin()) {
            return Optional.empty();
        }
        return Optional.of(authorities().stream()
                .filter(authority -> authority.startsWith(CITY))
                .map(authority -> parse(authority.substring(CITY.length())))
                .filter(id -> id != null)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean mayRead(Long cityId) {
        return isAdmin() || (cityId != null && cities().orElseThrow().contains(cityId));
    }

    /** Create and fill assessments, import and export workbooks: admin, and a trainer or editor of the city. */
    public boolean mayWrite(Long cityId) {
        return mayRead(cityId) && (isAdmin() || has(TRAINER) || has(EDITOR));
    }

    public boolean mayFinalise(Long cityId) {
        return mayRead(cityId) && (isAdmin() || has(TRAINER));
    }

    public boolean mayRunWorkshops(Long cityId) {
        return mayFinalise(cityId);
    }

    public boolean mayDelete(Long cityId) {
        return mayFinalise(cityId);
    }

    /** Correct a city's names: admin, and a trainer of it. */
    public boolean mayChangeCity(Long cityId) {
        return mayFinalise(cityId);
    }

    public boolean mayMakeCities() {
        return isAdmin() || has(TRAINER);
    }

    /** May start an assessment in some city (the "New assessment" link): everyone but a viewer. */
    public boolean mayWriteAny() {
        return isAdmin() || has(TRAINER) || has(EDITOR);
    }

    /** May run workshops in some city: admin and trainers. */
    public boolean mayRunAnyWorkshop() {
        return isAdmin() || has(TRAINER);
    }

    /** Read the audit log: an admin all of it, a trainer the entries of their cities. */
    public boolean mayReadAudit() {
        return isAdmin() || has(TRAINER);
    }

    /**
     * A trainer who makes a city takes charge of it: it joins their cities, stored and at once in this request, so the
     * assessment they are creating with it can be saved. An admin sees every city already.
     */
    public void madeCity(long cityId) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (isAdmin() || signedIn == null) {
            return;
        }
        accounts.addCity(signedIn.getName(), cityId);
        List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(CITY + cityId));
        UsernamePasswordAuthenticationToken widened =
                UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
        widened.setDetails(signedIn.getDetails());
        SecurityContextHolder.getContext().setAuthentication(widened);
    }

    /** 403 for a right the reader's role lacks inside their cities (outside, callers answer 404 instead). */
    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, null, Message.of("error.role.forbidden"));
    }

    private boolean has(String role) {
        return authorities().contains(role);
    }

    private static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        Collection<? extends GrantedAuthority> granted = authentication.getAuthorities();
        return granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
