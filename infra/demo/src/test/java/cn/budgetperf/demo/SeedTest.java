package cn.budgetperf.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
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
            fixtures = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
        }
        assertEquals(fixtures, Seed.ALL.stream().map(Seed::file).collect(Collectors.toSet()));
        for (Seed seed : Seed.ALL) {
            JsonNode document = seed.document(JSON);
            assertTrue(document.get("departmentCode").asString().matches("[0-9]{9}"), seed.file());
            assertTrue(document.get("fiscalYear").asInt() > 2000, seed.file());
        }
    }

    @Test
    void whenTheDemoIsPlanned_thenEveryWorkflowStateIsShownByAtLeastOneDepartment() {
        assertEquals(EnumSet.allOf(Target.class), Seed.ALL.stream().map(Seed::target).collect(Collectors.toCollection(() -> EnumSet.noneOf(Target.class))));
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
