package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionFormTest {

    private static Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("departmentCode", "130609002");
        document.put("fiscalYear", 2023);
        document.put("income", new LinkedHashMap<>(Map.of("total", new LinkedHashMap<>(Map.of("actual", "2544.99")))));
        document.put("profile", new LinkedHashMap<>(Map.of("authorizedStaff",
                new LinkedHashMap<>(Map.of("total", 12, "parts", List.of(Map.of("name", "行政编制", "count", 12)))))));
        document.put("functionalLines", List.of(new LinkedHashMap<>(Map.of("code", "208", "name", "社会保障和就业支出", "actual", "54.82"))));
        return document;
    }

    @Test
    void whenTheFormIsShown_thenEachInputHoldsTheDocumentsValueByItsPath() {
        Map<String, String> values = SectionForm.values(Sections.of("income").orElseThrow(), document());

        assertThat(values).containsEntry("income.total.actual", "2544.99").containsEntry("income.total.budget", "");
    }

    @Test
    void whenAmountsAndCountsAreTyped_thenTheyAreWrittenIntoACopyKeepingTheRestOfTheDocument() {
        Map<String, Object> before = document();
        Map<String, String> form = new HashMap<>(Map.of("income.total.actual", " 2600.5 ", "income.other.actual", "12"));

        SectionForm.Applied applied = SectionForm.apply(Sections.of("income").orElseThrow(), before, form);

        assertThat(applied.problems()).isEmpty();
        assertThat(SectionForm.get(applied.document(), "income.total.actual")).isEqualTo("2600.5");
        assertThat(SectionForm.get(applied.document(), "income.other.actual")).isEqualTo("12");
        assertThat(SectionForm.get(applied.document(), "profile.authorizedStaff.parts")).isNotNull();
        assertThat(SectionForm.get(before, "income.total.actual")).isEqualTo("2544.99");
    }

    @Test
    void whenACountIsBlankedOrAFieldIsWrong_thenBlankMeansNotReportedAndEachProblemIsNamedInChinese() {
        Map<String, String> form = Map.of("profile.authorizedStaff.total", "", "profile.actualStaff.total", "十二",
                "profile.unitType", "OTHER", "profile.divisions", "办公室\n\n业务科 ");

        SectionForm.Applied applied = SectionForm.apply(Sections.of("profile").orElseThrow(), document(), form);

        assertThat(applied.problems()).containsExactlyInAnyOrder("实有人数应为不小于 0 的整数", "单位类型请从列表中选择");
        assertThat(SectionForm.get(applied.document(), "profile.authorizedStaff.total")).isNull();
        assertThat(SectionForm.get(applied.document(), "profile.divisions")).isEqualTo(List.of("办公室", "业务科"));
    }

    @Test
    void whenTableRowsAreTyped_thenBlankRowsAreDroppedAndKeptRowsKeepTheirOtherFields() {
        Map<String, String> form = new HashMap<>();
        form.put("functionalLines[0].code", "208");
        form.put("functionalLines[0].actual", "50");
        form.put("functionalLines[1].code", "");
        form.put("functionalLines[2].code", "201");
        form.put("functionalLines[2].actual", "-1");

        SectionForm.Applied applied = SectionForm.apply(Sections.of("functional").orElseThrow(), document(), form);

        assertThat(applied.problems()).containsExactly("第3行 · 决算数不能为负数");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) SectionForm.get(applied.document(), "functionalLines");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("code", "208").containsEntry("actual", "50").containsEntry("name", null);
    }

    @Test
    void whenPointsAreTyped_thenTheyAreStoredAsNumbers() {
        SectionForm.Applied applied = SectionForm.apply(Sections.of("self-evaluation").orElseThrow(), document(),
                Map.of("selfEvaluation.statedTotal", "91.5", "selfEvaluation.applicableMaximum", "100.123"));

        assertThat(SectionForm.get(applied.document(), "selfEvaluation.statedTotal")).isEqualTo(new BigDecimal("91.5"));
        assertThat(applied.problems()).containsExactly("适用指标满分合计应为 0 至 1000 之间、最多两位小数的分数");
        assertThat(SectionForm.get(applied.document(), "selfEvaluation.items")).isNull();
    }
}
