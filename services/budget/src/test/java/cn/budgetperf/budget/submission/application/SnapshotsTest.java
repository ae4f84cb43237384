package cn.budgetperf.budget.submission.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.validation.domain.ClassificationCatalog;
import cn.budgetperf.contracts.budget.v1.CountPart;
import cn.budgetperf.contracts.budget.v1.ProfileSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SnapshotsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Seed 001 (盐边县总工会 2024) with the 主要职责 its 部门概况 states. */
    private static SubmissionDocument yanbianWithDuties() throws Exception {
        JsonNode fixture = JSON.readTree(Files.readString(Path.of("src/test/resources/seeds/001-yanbian-zgh-2024.json")));
        ObjectNode document = (ObjectNode) fixture.get("document");
        ((ObjectNode) document.get("profile")).putArray("duties")
                .add("维护职工群众的经济效益和民主权益。")
                .add("动员和组织职工群众参加经济建设和改革，努力完成经济和社会发展任务。")
                .add("发挥职工群众参政议政作用，代表和组织职工参与国家和社会事务管理。")
                .add("教育职工不断提高思想政治觉悟和文化素质。");
        return JSON.treeToValue(document, SubmissionDocument.class);
    }

    @Test
    void whenTheProfileStatesDutiesAndCountsByType_thenTheSnapshotCarriesThemBesideTheTotals() throws Exception {
        ProfileSummary profile = Snapshots.of(yanbianWithDuties(), ClassificationCatalog.of(Map.of())).profile();

        assertThat(profile.duties()).hasSize(4).first().isEqualTo("维护职工群众的经济效益和民主权益。");
        assertThat(profile.authorizedHeadcount()).isEqualTo(4);
        assertThat(profile.authorizedHeadcountParts()).containsExactly(new CountPart("公务员编制", 3), new CountPart("工勤编制", 1));
        assertThat(profile.actualHeadcount()).isEqualTo(7);
        assertThat(profile.actualHeadcountParts())
                .containsExactly(new CountPart("公务员", 3), new CountPart("工勤人员", 1), new CountPart("事业人员", 3));
        assertThat(profile.subordinateUnitParts()).extracting(CountPart::name)
                .containsExactly("行政单位", "参照公务员法管理的事业单位", "其他事业单位");
        assertThat(profile.retirees()).isEqualTo(10);
    }

    @Test
    void whenTheProfileStatesNoDuties_thenTheSnapshotHasNone() throws Exception {
        JsonNode fixture = JSON.readTree(Files.readString(Path.of("src/test/resources/seeds/001-yanbian-zgh-2024.json")));
        SubmissionDocument document = JSON.treeToValue(fixture.get("document"), SubmissionDocument.class);

        assertThat(Snapshots.of(document, ClassificationCatalog.of(Map.of())).profile().duties()).isEqualTo(List.of());
    }
}
