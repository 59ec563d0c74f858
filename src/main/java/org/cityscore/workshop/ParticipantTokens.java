package org.cityscore.workshop;

import java.util.Optional;
import org.cityscore.system.BearerTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/** Recognises a participant's bearer token and signs them in as that participant of their workshop. */
@Component
class ParticipantTokens implements BearerTokens {

    private final WorkshopService workshops;

    ParticipantTokens(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public Optional<Authentication> authenticate(String token) {
        return workshops.participantByToken(token).map(ParticipantTokens::authentication);
    }

    static Authentication authentication(Participant participant) {
        ParticipantPrincipal principal =
                new ParticipantPrincipal(participant.id(), participant.workshopId(), participant.name());
        return UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT"));
    }
}
