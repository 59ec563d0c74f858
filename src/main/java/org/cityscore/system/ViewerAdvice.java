package org.cityscore.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page who is looking: a trainer (by name), a workshop participant, or nobody signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ViewerAdvice {

    /** What the layout needs to know to show the right navigation. */
    public record Viewer(String trainer, boolean participant) {
        public boolean isTrainer() {
            return trainer != null;
        }
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return new Viewer(null, false);
        }
        boolean trainer = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfiguration.TRAINER));
        boolean participant = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfiguration.PARTICIPANT));
        return new Viewer(trainer ? authentication.getName() : null, participant);
    }
}
