package cn.budgetperf.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenTheDemoIsPlanned_thenEverySeedFixtureIsPackagedOnceWithADepartmentAndYear() throws IOException {
        Set<String> fixtures;
        try (var files = Files.list(Path.of("../../services/budget/src/test/resources/seeds"))) {
            fixtures = files.map(p -> "/seeds/" + p.getFileName()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
        }
        assertEquals(fixtures, Seed.ALL.stream().map(Seed::fixture).filter(f -> f.startsWith("/seeds/")).collect(Collectors.toSet()));
        for (Seed seed : Seed.ALL) {
            JsonNode document = seed.document(JSON);
            assertTrue(document.get("departmentCode").asString().matches("[0-9]{9}"), seed.fixture());
            assertTrue(document.get("fiscalYear").asInt() > 2000, seed.fixture());
        }
    }

    @Test
    void whenTheDemoIsPlanned_thenEveryWorkflowStateIsShownByAtLeastOneDepartment() {
        assertEquals(EnumSet.allOf(Target.class), Seed.ALL.stream().map(Seed::target).collect(Collectors.toCollection(() -> EnumSet.noneOf(Target.class))));
    }

    @Test
    void whenTheDemoIsPlanned_thenEachRegionHasAPublishedDepartmentAndXushuiShowsEveryState() {
        Set<String> published = Seed.ALL.stream().filter(s -> s.target() == Target.PUBLISHED).map(Seed::bureauUser).collect(Collectors.toSet());
        assertEquals(Set.of("bureau-xushui", "bureau-yanbian", "bureau-junshan"), published);
        assertEquals(EnumSet.allOf(Target.class), Seed.ALL.stream().filter(s -> s.bureauUser().equals("bureau-xushui")).map(Seed::target)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Target.class))));
    }

    @Test
    void whenADepartmentGoesBeyondADraft_thenItsCorrectedVersionGoalsAndReportAreThere() {
        for (Seed seed : Seed.ALL) {
            if (seed.target() == Target.DRAFT) {
                assertFalse(seed.corrected(), seed.fixture());
                continue;
            }
            assertTrue(seed.corrected(), seed.fixture());
            assertFalse(seed.correctedDocument(JSON).equals(seed.document(JSON)), seed.fixture());
            assertTrue(seed.report(JSON).orElseThrow().contains(seed.document(JSON).get("departmentName").asString().substring(0, 2)), seed.fixture());
        }
        List<String> withGoals = Seed.ALL.stream().filter(s -> s.goals(JSON).isPresent())
                .map(s -> s.document(JSON).get("departmentCode").asString() + "/" + s.document(JSON).get("fiscalYear").asInt()).toList();
        assertEquals(List.of("430611001/2024", "130609002/2023", "510422001/2024", "130609001/2024"), withGoals);
    }

    @Test
    void whenGoalsArePackaged_thenTheyBelongToTheirDepartmentYear() {
        for (Seed seed : Seed.ALL) {
            seed.goals(JSON).ifPresent(goals -> {
                assertEquals(seed.document(JSON).get("departmentCode"), goals.get("departmentCode"), seed.fixture());
                assertEquals(seed.document(JSON).get("fiscalYear"), goals.get("fiscalYear"), seed.fixture());
            });
        }
    }

    @Test
    void whenTheDemoLogsIn_thenEveryUserItUsesIsADemoUserOfTheRealm() throws IOException {
        JsonNode realm = JSON.readTree(Files.readString(Path.of("../keycloak/budget-perf-realm.json")));
        Set<String> users = realm.get("users").valueStream().map(u -> u.get("username").asString()).collect(Collectors.toSet());
        for (Seed seed : Seed.ALL) {
            assertTrue(users.contains(seed.departmentUser()), seed.departmentUser());
            assertTrue(users.contains(seed.bureauUser()), seed.bureauUser());
        }
    }
}
