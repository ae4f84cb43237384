package cn.budgetperf.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One seed department: its fixture file, its users and the state the demo brings it to. */
record Seed(String file, String departmentUser, String bureauUser, Target target) {

    /** The plan: 君山 and 徐水人社局 published, 盐边 submitted, 漕河镇 returned, 徐水总工会 a draft. */
    static final List<Seed> ALL = List.of(
            new Seed("003-junshan-zgh-2024.json", "dept-junshan-zgh", "bureau-junshan", Target.PUBLISHED),
            new Seed("004-xushui-rsj-2023.json", "dept-xushui-rsj", "bureau-xushui", Target.PUBLISHED),
            new Seed("001-yanbian-zgh-2024.json", "dept-yanbian-zgh", "bureau-yanbian", Target.SUBMITTED),
            new Seed("002-caohe-town-2023.json", "dept-xushui-chz", "bureau-xushui", Target.RETURNED),
            new Seed("000-xushui-zgh-2024.json", "dept-xushui-zgh", "bureau-xushui", Target.DRAFT));

    /** The submission document of the fixture, as the department sends it. */
    JsonNode document(JsonMapper json) {
        try (InputStream in = Seed.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed not packaged: " + file);
            }
            return json.readTree(in).get("document");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
