package cn.budgetperf.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One demo department-year: its fixture (a seed's faithful transcription, or the demo's own draft), its
 * users, the state the demo brings it to, and whether the department's corrected version, its goals and
 * its report are loaded.
 *
 * @param fixture   the classpath resource of the fixture ({@code document}, {@code transcriptionNotes},
 *                  optionally {@code correctedVersion} and {@code source})
 * @param corrected whether the department saves the fixture's {@code correctedVersion} after the faithful one
 */
record Seed(String fixture, String departmentUser, String bureauUser, Target target, boolean corrected) {

    /**
     * The plan: one department-year published per region (君山 2024, 徐水人社局 2023, 盐边 2024), and in 徐水区
     * 漕河镇 2023 returned, 徐水总工会 2024 submitted and its 2025 report begun (a draft).
     */
    static final List<Seed> ALL = List.of(
            new Seed("/seeds/003-junshan-zgh-2024.json", "dept-junshan-zgh", "bureau-junshan", Target.PUBLISHED, true),
            new Seed("/seeds/004-xushui-rsj-2023.json", "dept-xushui-rsj", "bureau-xushui", Target.PUBLISHED, true),
            new Seed("/seeds/001-yanbian-zgh-2024.json", "dept-yanbian-zgh", "bureau-yanbian", Target.PUBLISHED, true),
            new Seed("/seeds/002-caohe-town-2023.json", "dept-xushui-chz", "bureau-xushui", Target.RETURNED, true),
            new Seed("/seeds/000-xushui-zgh-2024.json", "dept-xushui-zgh", "bureau-xushui", Target.SUBMITTED, true),
            new Seed("/demo/000-xushui-zgh-2025-draft.json", "dept-xushui-zgh", "bureau-xushui", Target.DRAFT, false));

    JsonNode fixture(JsonMapper json) {
        return json.readTree(resource(fixture).orElseThrow(() -> new IllegalStateException("fixture not packaged: " + fixture)));
    }

    /** The submission document as transcribed, errors included (version 1 of the demo). */
    JsonNode document(JsonMapper json) {
        return fixture(json).get("document");
    }

    /** The department's corrected version: the faithful document with the fixture's changes. */
    JsonNode correctedDocument(JsonMapper json) {
        JsonNode fixture = fixture(json);
        return Correction.apply(fixture.get("document"), fixture.get("correctedVersion").get("changes"));
    }

    /** The goals and self-scores the department saves in the indicator service, if the demo has them. */
    Optional<JsonNode> goals(JsonMapper json) {
        JsonNode document = document(json);
        return resource("/goals/" + document.get("departmentCode").asString() + "-" + document.get("fiscalYear").asInt() + ".json")
                .map(text -> json.readTree(text).get("goals"));
    }

    /** The seed's report text (its fixture's {@code source}), attached to the submission, if it has one. */
    Optional<String> report(JsonMapper json) {
        JsonNode source = fixture(json).get("source");
        if (source == null) {
            return Optional.empty();
        }
        return resource("/reportcheck/seeds/" + Path.of(source.asString()).getFileName());
    }

    /** The name the report is uploaded under: the fixture's title. */
    String reportName(JsonMapper json) {
        return fixture(json).get("title").asString().replace(" ", "") + ".txt";
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = Seed.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
