package org.fieldsupport.organization;

import java.util.List;
import java.util.Map;

/**
 * How another module adds a panel to a mission's page ({@code /organization/missions/{code}}) without the
 * organisation module depending on it: register a bean. The page renders each panel server-side, in
 * {@code order}, as a section titled by {@code titleKey} whose body is the Thymeleaf fragment
 * {@code template :: fragment}; the fragment reads its data from {@code panel.model()}. A contributor returns
 * no panel for a mission it has nothing to say about or that the signed-in user may not see; a contributor that
 * fails is left out of the page (logged), never breaking it.
 */
public interface MissionPanelContributor {

    List<MissionPanel> panels(String missionCode);

    /**
     * @param id       unique on the page (the section's id is {@code panel-<id>})
     * @param titleKey message key of the section's heading
     * @param template the contributing module's template, e.g. {@code claims/missions/panel}
     * @param fragment the fragment's name in it
     * @param model    what the fragment reads as {@code panel.model()['...']}
     */
    record MissionPanel(String id, String titleKey, String template, String fragment, Map<String, Object> model,
                        int order) {
        public MissionPanel {
            model = Map.copyOf(model);
        }
    }
}
