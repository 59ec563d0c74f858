package org.cityscore.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells every page who is looking: a trainer (by name), a workshop participant, or nobody signed in. Only
 * rendered pages get it; JSON answers and redirects skip the work.
 */
class ViewerInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")) {
            view.addObject("viewer", viewer());
        }
    }

    /** What the layout needs to know to show the right navigation. */
    public record Viewer(String trainer, boolean participant, boolean managesPeople) {
        public boolean isTrainer() {
            return trainer != null;
        }
    }

    static Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new Viewer(null, false, false);
        }
        // every staff role (admin, trainer, editor, viewer) gets the trainer's navigation; Reader limits the rest
        boolean trainer = Reader.isStaff(authentication);
        boolean participant = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfiguration.PARTICIPANT));
        boolean managesPeople = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name())
                        || a.getAuthority().equals("ROLE_" + Role.TRAINER.name()));
        return new Viewer(trainer ? authentication.getName() : null, participant, managesPeople);
    }
}
