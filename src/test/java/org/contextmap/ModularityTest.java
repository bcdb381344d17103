package org.contextmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages stay a modular monolith: each declares, in its {@code package-info.java},
 * which modules it may use; none forms a cycle or reaches into another's internals. The generated
 * module documentation (PlantUML diagrams and a canvas per module) is written to docs/modules, and
 * the README's picture of the packages names every module and nothing else.
 */
class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");
    private static final Pattern README_PACKAGE = Pattern.compile("(?m)^- `([a-z]+)/?`");

    private final ApplicationModules modules = ApplicationModules.of(ContextMapApplication.class);

    @Test
    void featuresDependOnlyOnWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresItselfAndWhatItMayUse() throws ClassNotFoundException {
        assertThat(modules.stream()).hasSizeGreaterThanOrEqualTo(15);
        for (var module : modules) {
            Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            ApplicationModule declared = packageInfo.getAnnotation(ApplicationModule.class);
            assertThat(declared).as(module.getIdentifier().toString() + " declares @ApplicationModule").isNotNull();
            assertThat(declared.displayName()).as(module.getIdentifier().toString() + " has a display name").isNotBlank();
            if (declared.type() != ApplicationModule.Type.OPEN) {
                assertThat(declared.allowedDependencies()).as(module.getIdentifier().toString() + " declares what it may use")
                        .isNotEmpty();
            }
        }
    }

    /**
     * Writes the module documentation to docs/modules, where the README links to it, and fails
     * when what was committed there no longer matches the code, so that the committed diagrams
     * never describe modules that have changed: after a change of modules, commit docs/modules.
     */
    @Test
    void writesModuleDocumentationIntoDocs() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, List<String>> fresh = new TreeMap<>();
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                fresh.put(file.getFileName().toString(), inStableOrder(Files.readAllLines(file)));
            }
        }
        Map<String, List<String>> committed = new TreeMap<>();
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> files = Files.list(DOCS)) {
                for (Path file : files.toList()) {
                    committed.put(file.getFileName().toString(), Files.readAllLines(file));
                }
            }
        }
        if (!fresh.equals(committed)) {
            Files.createDirectories(DOCS);
            for (Path stale : committed.keySet().stream().filter(name -> !fresh.containsKey(name)).map(DOCS::resolve)
                    .toList()) {
                Files.delete(stale);
            }
            for (var file : fresh.entrySet()) {
                Files.write(DOCS.resolve(file.getKey()), file.getValue());
            }
        }
        assertThat(committed).as("docs/modules was out of date and has been written again: commit it").isEqualTo(fresh);
    }

    /**
     * The Documenter lists components and relations in hash order, which differs from run to run;
     * sorted, the committed files change only when the modules do.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> ordered = new ArrayList<>(lines);
        sortCanvasLists(ordered);
        int start = 0;
        while (start < ordered.size()) {
            String kind = sortable(ordered.get(start));
            int end = start + 1;
            while (kind != null && end < ordered.size() && kind.equals(sortable(ordered.get(end)))) {
                end++;
            }
            if (kind != null) {
                ordered.subList(start, end).sort(null);
            }
            start = end;
        }
        return ordered;
    }

    /**
     * A module canvas's cell lists its items (events listened to, beans) in hash order too: the
     * first as {@code |* `x`}, the rest as {@code * `y`}. Each list is sorted, the cell's bar kept first.
     */
    private static void sortCanvasLists(List<String> lines) {
        for (int start = 0; start < lines.size(); start++) {
            if (!lines.get(start).startsWith("|* ")) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end).startsWith("* ")) {
                end++;
            }
            List<String> items = new ArrayList<>();
            items.add(lines.get(start).substring(1));
            items.addAll(lines.subList(start + 1, end));
            items.sort(null);
            items.set(0, "|" + items.getFirst());
            for (int i = 0; i < items.size(); i++) {
                lines.set(start + i, items.get(i));
            }
            start = end - 1;
        }
    }

    private static String sortable(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel(" : trimmed.startsWith("Component(") ? "Component(" : null;
    }

    @Test
    void theReadmeNamesEveryModuleAndNothingElse() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## How it fits together");
        assertThat(start).as("README has a section 'How it fits together'").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> named = new TreeSet<>();
        Matcher line = README_PACKAGE.matcher(section);
        while (line.find()) {
            named.add(line.group(1));
        }
        Set<String> actual = modules.stream().map(module -> module.getBasePackage().getName()
                .substring("org.contextmap.".length())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(named).as("packages listed in README 'How it fits together'").isEqualTo(actual);
        assertThat(section).as("the data-flow diagram").contains("```mermaid");
    }
}
