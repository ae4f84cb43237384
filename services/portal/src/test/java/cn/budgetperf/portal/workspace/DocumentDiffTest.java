package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    private static Map<String, Object> document(String income, String line208, boolean complete) {
        return Map.of("departmentCode", "130609002", "fiscalYear", 2023,
                "income", Map.of("total", Map.of("actual", income, "budget", "2544.94")),
                "functionalLines", List.of(Map.of("code", "201", "actual", "5.15"), Map.of("code", "208", "actual", line208)),
                "profile", Map.of("authorizedStaff", Map.of("total", 12)),
                "projects", Map.of("complete", complete));
    }

    @Test
    void whenAnAmountChanges_thenItIsNamedInChineseWithBeforeAfterAndTheChangeInWanYuan() {
        List<DocumentDiff.Change> changes = DocumentDiff.between(document("2544.99", "54.82", true), document("2600.5", "54.82", true));

        assertThat(changes).containsExactly(
                new DocumentDiff.Change("income.total.actual", "本年收入合计 · 决算数", "2544.99", "2600.50", "+55.51"));
    }

    @Test
    void whenATableRowChanges_thenTheRowIsNamedByItsCodeAndReorderingIsNoChange() {
        Map<String, Object> before = document("1", "54.82", true);
        Map<String, Object> after = new HashMap<>(document("1", "50", true));
        after.put("functionalLines", List.of(Map.of("code", "208", "actual", "50"), Map.of("code", "201", "actual", "5.150")));

        assertThat(DocumentDiff.between(before, after)).containsExactly(
                new DocumentDiff.Change("functionalLines[208].actual", "支出功能分类 208 · 决算数", "54.82", "50.00", "-4.82"));
    }

    @Test
    void whenCountsCodesAndFlagsChange_thenTheyAreShownAsTheyAreNotAsAmounts() {
        Map<String, Object> before = document("1", "2", true);
        Map<String, Object> after = new HashMap<>(document("1", "2", false));
        after.put("departmentCode", "130609003");
        after.put("profile", Map.of("authorizedStaff", Map.of("total", 13)));

        assertThat(DocumentDiff.between(before, after)).containsExactlyInAnyOrder(
                new DocumentDiff.Change("departmentCode", "部门编码", "130609002", "130609003", ""),
                new DocumentDiff.Change("profile.authorizedStaff.total", "编制数 · 合计", "12", "13", ""),
                new DocumentDiff.Change("projects.complete", "项目清单是否完整", "是", "否", ""));
    }

    @Test
    void whenAFieldIsAddedOrRemoved_thenTheMissingSideIsADash() {
        Map<String, Object> after = new HashMap<>(document("1", "2", true));
        after.put("meeting", "3.5");

        assertThat(DocumentDiff.between(document("1", "2", true), after)).containsExactly(
                new DocumentDiff.Change("meeting", "会议费", "—", "3.50", ""));
    }

    @Test
    void whenAnAuditedChangeIsShown_thenItsDocumentPathAndPositionsAreReadable() {
        DocumentDiff.Change change = DocumentDiff.audited(Map.of("path", "document.selfEvaluation.problems[0]", "after", "资金拨付滞后"));
        DocumentDiff.Change status = DocumentDiff.audited(Map.of("path", "status", "before", "DRAFT", "after", "SUBMITTED"));

        assertThat(change.label()).isEqualTo("存在问题 第1项");
        assertThat(change.before()).isEqualTo("—");
        assertThat(status).isEqualTo(new DocumentDiff.Change("status", "状态", "草稿", "已报送", ""));
    }
}
