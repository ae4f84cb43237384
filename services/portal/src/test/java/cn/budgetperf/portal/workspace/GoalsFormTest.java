package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.contracts.indicator.v1.DepartmentGoal;
import cn.budgetperf.contracts.indicator.v1.EvaluatedItem;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.indicator.v1.MainTask;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.indicator.v1.SelfEvaluation;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goals form between the indicator service's shapes: what it answers ({@code GoalsAccepted}) read
 * into the form, posted back by the browser and written as what it takes ({@code GoalDraft}) loses
 * nothing — every project (also one without indicators), task, indicator, self-evaluation item and field.
 */
class GoalsFormTest {

    private static final JsonMapper SERVICE = JsonMapper.builder().build();
    private static final JsonMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static GoalsAccepted goals() {
        List<Indicator> first = List.of(
                new Indicator("产出指标", "数量指标", "培训人次", "≥", new BigDecimal("1000"), null, "人次", new BigDecimal("30"),
                        new BigDecimal("1350"), null, null, "企业需求增加"),
                new Indicator("产出指标", "质量指标", "合格率", "≥", new BigDecimal("0.95"), null, "%", new BigDecimal("20.5"),
                        new BigDecimal("0.1"), null, null, null),
                new Indicator("效益指标", "社会效益指标", "就业质量", "定性", null, "明显提升", null, new BigDecimal("19.5"), null,
                        "部分达成年度指标并具有一定效果", new BigDecimal("12.25"), "疫情影响"),
                new Indicator("满意度指标", "服务对象满意度指标", "满意度", "≤", new BigDecimal("5"), null, "件", new BigDecimal("20"),
                        new BigDecimal("3"), null, null, null));
        ProjectGoals withIndicators = new ProjectGoals("P001", "就业补助", Money.parse("100.123456"), Money.parse("120.5"), Money.parse("118"),
                "稳定就业，培训1000人次", List.of(new MainTask("职业培训", "组织技能培训"), new MainTask("补贴发放", null)), first);
        ProjectGoals tasksOnly = new ProjectGoals("P002", "信息化运维", Money.parse("50"), null, Money.parse("49.99"), null,
                List.of(new MainTask("系统运维", "全年运维")), List.of());
        ProjectGoals bare = new ProjectGoals("P003", "其他项目", Money.parse("0.000001"), Money.parse("1"), Money.parse("0"), "", List.of(),
                List.of(new Indicator(null, null, "办结率", "＝", new BigDecimal("100"), null, "%", new BigDecimal("90"), new BigDecimal("100"),
                        null, null, null)));
        SelfEvaluation self = new SelfEvaluation("xushui-dept-2023", 1, "徐水考核", new BigDecimal("84.8"), new BigDecimal("91.18"), List.of(
                new EvaluatedItem("xushui-dept-2023/a", "预算编制", new BigDecimal("10"), new BigDecimal("9.5"), true, false, "依据充分"),
                new EvaluatedItem("xushui-dept-2023/b", "信息公开", new BigDecimal("5"), null, false, false, null),
                new EvaluatedItem("xushui-dept-2023/c", "扣分项", new BigDecimal("10"), new BigDecimal("2"), true, true, null)));
        return new GoalsAccepted(3, "保定市徐水区人力资源和社会保障局", RegionCode.of("130609"),
                List.of(new DepartmentGoal("就业服务", "职业培训", "培训1000人次", "就业补助"), new DepartmentGoal("社保经办", null, "按时发放", null)),
                List.of(withIndicators, tasksOnly, bare), self);
    }

    /** What the service answered, read as the portal reads it (numbers with a fraction as BigDecimal). */
    private static Map<String, Object> answered(GoalsAccepted goals) {
        return EXACT.readValue(SERVICE.writeValueAsString(goals), new TypeReference<Map<String, Object>>() {
        });
    }

    /** The GoalDraft the goals were accepted from, built field by field from the record, independently of the form. */
    private static Map<String, Object> expectedDraft(GoalsAccepted g) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("departmentCode", "130609002");
        d.put("fiscalYear", 2023);
        d.put("departmentName", g.departmentName());
        d.put("departmentGoals", g.departmentGoals().stream().map(r -> row("function", r.function(), "activity", r.activity(),
                "annualTarget", r.annualTarget(), "projectExpenditure", r.projectExpenditure())).toList());
        List<Map<String, Object>> projects = new ArrayList<>();
        for (ProjectGoals p : g.projects()) {
            Map<String, Object> project = row("code", p.code(), "name", p.name(), "budget", money(p.budget()),
                    "adjustedBudget", money(p.adjustedBudget()), "executed", money(p.executed()), "overallTarget", p.overallTarget());
            project.put("tasks", p.tasks().stream().map(t -> row("name", t.name(), "content", t.content())).toList());
            project.put("indicators", p.indicators().stream().map(i -> {
                boolean qualitative = i.comparator().equals(Indicator.QUALITATIVE);
                return row("level1", i.level1(), "level2", i.level2(), "name", i.name(), "comparator", i.comparator(),
                        "target", qualitative ? i.targetText() : number(i.target()), "unit", i.unit(), "weight", number(i.weight()),
                        "actual", qualitative ? i.grade() : number(i.actual()), "gradePoints", number(i.gradePoints()),
                        "deviationReason", i.deviationReason());
            }).toList());
            projects.add(project);
        }
        d.put("projects", projects);
        SelfEvaluation s = g.selfEvaluation();
        Map<String, Object> self = row("frameworkId", s.frameworkId(), "statedTotal", number(s.statedTotal()),
                "statedConverted", number(s.statedConverted()));
        self.put("items", s.items().stream().map(i -> {
            Map<String, Object> item = row("code", i.code(), "points", number(i.points()), "maxPoints", number(i.maxPoints()));
            item.put("applicable", i.applicable());
            item.put("note", blankIsNull(i.note()));
            return item;
        }).toList());
        d.put("selfEvaluation", self);
        return d;
    }

    private static Map<String, Object> row(String... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int n = 0; n < keysAndValues.length; n += 2) {
            row.put(keysAndValues[n], blankIsNull(keysAndValues[n + 1]));
        }
        return row;
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String money(Money m) {
        return m == null ? null : m.toString();
    }

    private static String number(BigDecimal b) {
        return b == null ? null : b.toPlainString();
    }

    @Test
    void readThenPostedThenDrafted_keepsEveryProjectIndicatorTaskItemAndField() {
        GoalsAccepted goals = goals();

        Map<String, Object> form = GoalsForm.of(answered(goals));
        Map<String, Object> posted = GoalsForm.read(GoalsForm.inputs(form));
        Map<String, Object> draft = GoalsForm.draft(GoalsForm.compact(posted), "130609002", 2023);

        assertThat(draft).isEqualTo(expectedDraft(goals));
        assertThat(GoalsForm.maps(draft.get("projects"))).extracting(p -> p.get("code")).containsExactly("P001", "P002", "P003");
        assertThat(GoalsForm.maps(GoalsForm.maps(draft.get("projects")).get(0).get("indicators"))).hasSize(4);
    }

    @Test
    void numbersAreWrittenBackExactlyAsTheServiceWroteThem() {
        Map<String, Object> draft = GoalsForm.draft(GoalsForm.of(answered(goals())), "130609002", 2023);

        Map<String, Object> project = GoalsForm.maps(draft.get("projects")).get(0);
        assertThat(project.get("budget")).isEqualTo("100.123456");
        assertThat(GoalsForm.maps(project.get("indicators")).get(1)).containsEntry("target", "0.95").containsEntry("weight", "20.5")
                .containsEntry("actual", "0.1");
        assertThat(GoalsForm.maps(draft.get("projects")).get(2).get("budget")).isEqualTo("0.000001");
    }

    @Test
    void aQualitativeIndicatorGoesBackWithItsTargetTextAndGrade() {
        Map<String, Object> draft = GoalsForm.draft(GoalsForm.of(answered(goals())), "130609002", 2023);

        Map<String, Object> qualitative = GoalsForm.maps(GoalsForm.maps(draft.get("projects")).get(0).get("indicators")).get(2);
        assertThat(qualitative).containsEntry("comparator", "定性").containsEntry("target", "明显提升")
                .containsEntry("actual", "部分达成年度指标并具有一定效果").containsEntry("gradePoints", "12.25");
    }

    @Test
    void blankRowsAreRemovedOnSave_andAddAndRemoveChangeOnlyTheRowNamed() {
        Map<String, Object> form = GoalsForm.of(answered(goals()));
        GoalsForm.edit(form, "projects[0].indicators", null);
        GoalsForm.edit(form, "departmentGoals", null);
        GoalsForm.edit(form, "projects", null);
        assertThat(GoalsForm.maps(GoalsForm.maps(form.get("projects")).get(0).get("indicators"))).hasSize(5);

        Map<String, Object> posted = GoalsForm.read(GoalsForm.inputs(form));
        assertThat(GoalsForm.draft(GoalsForm.compact(posted), "130609002", 2023)).isEqualTo(expectedDraft(goals()));

        GoalsForm.edit(posted, null, "projects[0].indicators[1]");
        GoalsForm.edit(posted, null, "projects[1]");
        List<Map<String, Object>> projects = GoalsForm.maps(posted.get("projects"));
        assertThat(projects).extracting(p -> p.get("code")).containsExactly("P001", "P003", "");
        assertThat(GoalsForm.maps(projects.get(0).get("indicators"))).extracting(i -> i.get("name"))
                .containsExactly("培训人次", "就业质量", "满意度", "");
    }

    @Test
    void anAddOrRemoveNamingNoRowChangesNothing() {
        Map<String, Object> form = GoalsForm.of(answered(goals()));

        GoalsForm.edit(form, "projects[7].indicators", "projects[99999999999]");
        GoalsForm.edit(form, "selfEvaluation.items", "projects[0].indicators[9]");

        assertThat(GoalsForm.draft(form, "130609002", 2023)).isEqualTo(expectedDraft(goals()));
    }

    @Test
    void theRefusalIsPlacedBesideTheRowItNames() {
        Map<String, Object> form = GoalsForm.of(answered(goals()));

        assertThat(GoalsForm.locate("项目“就业补助”的指标“满意度”为定量指标，缺少实际完成值。", form)).isEqualTo("projects[0].indicators[3]");
        assertThat(GoalsForm.locate("项目“其他项目”的指标分值合计应为90分（另10分为预算执行率），实际为80分。", form)).isEqualTo("projects[2]");
        assertThat(GoalsForm.locate("部门整体绩效目标第2行应填写职能和年度工作目标。", form)).isEqualTo("departmentGoals[1]");
        assertThat(GoalsForm.locate("项目编码“P002”重复出现。", form)).isEqualTo("projects[1]");
        assertThat(GoalsForm.locate("评分项“预算编制”重复填报。", form)).isEqualTo("selfEvaluation");
        assertThat(GoalsForm.locate("请填写部门名称。", form)).isNull();
    }

    @Test
    void aPostedRowKeepsItsOrderByIndex_evenWithGaps() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("departmentName", "人社局");
        inputs.put("projects[5].code", "B");
        inputs.put("projects[5].indicators[9].name", "乙");
        inputs.put("projects[2].code", "A");
        inputs.put("projects[2].indicators[3].name", "甲");

        Map<String, Object> form = GoalsForm.read(inputs);

        List<Map<String, Object>> projects = GoalsForm.maps(form.get("projects"));
        assertThat(projects).extracting(p -> p.get("code")).containsExactly("A", "B");
        assertThat(GoalsForm.maps(projects.get(1).get("indicators"))).extracting(i -> i.get("name")).containsExactly("乙");
        assertThat(form).doesNotContainKey("selfEvaluation");
    }
}
