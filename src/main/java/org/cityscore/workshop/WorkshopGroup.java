package org.cityscore.workshop;

import java.util.List;

/** A group of participants and the categories the trainer assigned to it. */
public record WorkshopGroup(long id, long workshopId, String name, List<String> categories) {

    public WorkshopGroup {
        categories = List.copyOf(categories);
    }

    public boolean covers(String categoryCode) {
        return categories.contains(categoryCode);
    }
}
