package org.cityscore.scorecard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the categories of a scorecard file, with their optional sub-groups, and checks codes are unique. */
final class CategoryParser {

    private static final Set<String> CATEGORY_KEYS =
            Set.of("code", "title", "description", "weight", "indicators", "groups");
    private static final Set<String> GROUP_KEYS = Set.of("code", "title", "indicators");

    private final YamlMapping top;
    private final List<String> languages;
    private final IndicatorParser indicators;
    private final Set<String> categoryCodes = new HashSet<>();
    private final Set<String> groupCodes = new HashSet<>();

    CategoryParser(YamlMapping top, List<String> languages, Scale scale) {
        this.top = top;
        this.languages = languages;
        this.indicators = new IndicatorParser(top.log(), languages, scale);
    }

    List<Category> categories() {
        List<Category> categories = new ArrayList<>();
        List<Node> nodes = top.list("categories", true);
        for (int i = 0; i < nodes.size(); i++) {
            Category category = category(nodes.get(i), i);
            if (category != null) {
                categories.add(category);
            }
        }
        return categories;
    }

    private Category category(Node node, int index) {
        String code = YamlMapping.scalar(codeNode(node));
        String path = "categories[" + (code == null || code.isBlank() ? index : code) + "]";
        YamlMapping category = YamlMapping.of(node, path, top.log(), CATEGORY_KEYS);
        if (category == null) {
            return null;
        }
        checkUnique(category, categoryCodes, "category");
        List<Indicator> all = new ArrayList<>(indicators.read(category, null));
        List<IndicatorGroup> groups = new ArrayList<>();
        List<Node> groupNodes = category.list("groups", false);
        for (int i = 0; i < groupNodes.size(); i++) {
            IndicatorGroup group = group(groupNodes.get(i), path, i, all);
            if (group != null) {
                groups.add(group);
            }
        }
        if (all.isEmpty() && !category.has("indicators") && groupNodes.isEmpty()) {
            top.log().add(node, path, "scorecard.problem.categoryEmpty");
        }
        return new Category(
                code,
                category.text("title", true, languages),
                category.text("description", false, languages),
                category.weight(),
                all,
                groups);
    }

    private IndicatorGroup group(Node node, String categoryPath, int index, List<Indicator> all) {
        String code = YamlMapping.scalar(codeNode(node));
        String path = categoryPath + ".groups[" + (code == null || code.isBlank() ? index : code) + "]";
        YamlMapping group = YamlMapping.of(node, path, top.log(), GROUP_KEYS);
        if (group == null) {
            return null;
        }
        checkUnique(group, groupCodes, "group");
        List<Indicator> members = indicators.read(group, code);
        all.addAll(members);
        return new IndicatorGroup(
                code,
                group.text("title", true, languages),
                members.stream().map(Indicator::code).toList());
    }

    private void checkUnique(YamlMapping mapping, Set<String> seen, String what) {
        String code = mapping.string("code", true);
        if (code != null && !seen.add(code)) {
            top.log()
                    .add(
                            mapping.get("code"),
                            YamlMapping.child(mapping.path(), "code"),
                            "scorecard.problem." + what + "CodeTwice",
                            code);
        }
    }

    static Node codeNode(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            return mapping.getValue().stream()
                    .filter(tuple -> "code".equals(YamlMapping.scalar(tuple.getKeyNode())))
                    .map(org.yaml.snakeyaml.nodes.NodeTuple::getValueNode)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }
}
