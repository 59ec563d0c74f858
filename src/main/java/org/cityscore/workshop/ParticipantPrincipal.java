package org.cityscore.workshop;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in participant: who they are and the one workshop they may answer in. */
public record ParticipantPrincipal(long participantId, long workshopId, String displayName)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return displayName;
    }
}
