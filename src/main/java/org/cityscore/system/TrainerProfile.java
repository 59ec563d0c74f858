package org.cityscore.system;

/** How a trainer is named on what they prepare: a display name and an organisation, each optional. */
public record TrainerProfile(String username, String displayName, String organisation) {

    /** "Li Wei, ICLEI East Asia", "Li Wei", or the username when no display name is set. */
    public String signature() {
        String name = isBlank(displayName) ? username : displayName;
        return isBlank(organisation) ? name : name + ", " + organisation;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
