package cn.budgetperf.portal.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goals form (绩效目标和指标) between the indicator service's two shapes: it reads what the service
 * answers ({@code GoalsAccepted}: numbers as numbers, a 定性 indicator's target in {@code targetText} and
 * its actual in {@code grade}) and writes what it takes on save ({@code GoalsRequest} / {@code GoalDraft}:
 * every value as typed). The form itself is the draft's shape with every value a string, nested in
 * maps and lists; each input is named by its path ({@code projects[0].indicators[2].weight}).
 *
 * <p>Nothing the form does not show is lost: every project, task, indicator and self-evaluation item of
 * the goals is carried (the self-evaluation as hidden inputs), so a save writes back all of it.
 */
final class GoalsForm {

    static final List<String> GOAL_FIELDS = List.of("function", "activity", "annualTarget", "projectExpenditure");
    static final List<String> PROJECT_FIELDS = List.of("code", "name", "budget", "adjustedBudget", "executed", "overallTarget");
    static final List<String> TASK_FIELDS = List.of("name", "content");
    static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "name", "comparator", "target", "unit", "weight", "actual",
            "gradePoints", "deviationReason");
    static final List<String> SELF_FIELDS = List.of("frameworkId", "statedTotal", "statedConverted");
    static final List<String> ITEM_FIELDS = List.of("code", "points", "maxPoints", "applicable", "note");

    /** 指标性质 as the indicator service accepts them. */
    static final List<String> COMPARATORS = List.of("≥", "≤", "＝", "定性");
    /** The completion of a 定性 indicator (its 实际完成值). */
    static final List<String> GRADES = List.of("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");

    private static final String QUALITATIVE = "定性";
    private static final Pattern ROW_OF_GOALS = Pattern.compile("部门整体绩效目标第(\\d{1,4})行");
    private static final Pattern INDICATOR = Pattern.compile("项目“(.*?)”的指标“(.*?)”");
    private static final Pattern PROJECT = Pattern.compile("项目“(.*?)”");
    private static final Pattern DUPLICATE_CODE = Pattern.compile("项目编码“(.*?)”重复");

    private GoalsForm() {
    }

    // ---------------------------------------------------------------- read: GoalsAccepted → form

    /** The form of the service's goals ({@code GoalsView.goals}, i.e. {@code GoalsAccepted}). */
    static Map<String, Object> of(Map<String, Object> goals) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("departmentName", text(goals.get("departmentName")));
        form.put("departmentGoals", maps(goals.get("departmentGoals")).stream().map(r -> copy(r, GOAL_FIELDS)).toList());
        List<Map<String, Object>> projects = new ArrayList<>();
        for (Map<String, Object> p : maps(goals.get("projects"))) {
            Map<String, Object> project = copy(p, PROJECT_FIELDS);
            project.put("tasks", maps(p.get("tasks")).stream().map(t -> copy(t, TASK_FIELDS)).toList());
            project.put("indicators", maps(p.get("indicators")).stream().map(GoalsForm::indicator).toList());
            projects.add(project);
        }
        form.put("projects", projects);
        if (goals.get("selfEvaluation") instanceof Map<?, ?> self) {
            Map<String, Object> s = copy(cast(self), SELF_FIELDS);
            s.put("items", maps(self.get("items")).stream().map(i -> copy(i, ITEM_FIELDS)).toList());
            form.put("selfEvaluation", s);
        }
        return mutable(form);
    }

    /** A blank form for a department-year without goals. */
    static Map<String, Object> blank(String departmentName) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("departmentName", text(departmentName));
        form.put("departmentGoals", List.of());
        form.put("projects", List.of());
        return mutable(form);
    }

    /** A 定性 indicator's target is its {@code targetText} and its actual the grade reached. */
    private static Map<String, Object> indicator(Map<String, Object> i) {
        Map<String, Object> row = copy(i, INDICATOR_FIELDS);
        if (QUALITATIVE.equals(i.get("comparator"))) {
            row.put("target", text(i.get("targetText")));
            row.put("actual", text(i.get("grade")));
        }
        return row;
    }

    // ---------------------------------------------------------------- the browser: form ↔ inputs

    /** The inputs of a form, each named by its path (what the page posts back). */
    static Map<String, String> inputs(Map<String, Object> form) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("departmentName", (String) form.get("departmentName"));
        flatten(inputs, "departmentGoals", maps(form.get("departmentGoals")), GOAL_FIELDS);
        List<Map<String, Object>> projects = maps(form.get("projects"));
        for (int p = 0; p < projects.size(); p++) {
            String at = "projects[" + p + "]";
            for (String f : PROJECT_FIELDS) {
                inputs.put(at + "." + f, (String) projects.get(p).get(f));
            }
            flatten(inputs, at + ".tasks", maps(projects.get(p).get("tasks")), TASK_FIELDS);
            flatten(inputs, at + ".indicators", maps(projects.get(p).get("indicators")), INDICATOR_FIELDS);
        }
        if (form.get("selfEvaluation") instanceof Map<?, ?> self) {
            for (String f : SELF_FIELDS) {
                inputs.put("selfEvaluation." + f, (String) self.get(f));
            }
            flatten(inputs, "selfEvaluation.items", maps(self.get("items")), ITEM_FIELDS);
        }
        return inputs;
    }

    /** The form as posted; rows are taken in the order of their index, gaps ignored. */
    static Map<String, Object> read(Map<String, String> inputs) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("departmentName", value(inputs.get("departmentName")));
        form.put("departmentGoals", rows(inputs, "departmentGoals", GOAL_FIELDS));
        List<Map<String, Object>> projects = new ArrayList<>();
        for (int p : indices(inputs, "projects")) {
            String at = "projects[" + p + "]";
            Map<String, Object> project = new LinkedHashMap<>();
            for (String f : PROJECT_FIELDS) {
                project.put(f, value(inputs.get(at + "." + f)));
            }
            project.put("tasks", rows(inputs, at + ".tasks", TASK_FIELDS));
            project.put("indicators", rows(inputs, at + ".indicators", INDICATOR_FIELDS));
            projects.add(project);
        }
        form.put("projects", projects);
        if (inputs.containsKey("selfEvaluation.frameworkId")) {
            Map<String, Object> self = new LinkedHashMap<>();
            for (String f : SELF_FIELDS) {
                self.put(f, value(inputs.get("selfEvaluation." + f)));
            }
            self.put("items", rows(inputs, "selfEvaluation.items", ITEM_FIELDS));
            form.put("selfEvaluation", self);
        }
        return form;
    }

    // ---------------------------------------------------------------- rows added and removed without script

    /**
     * Adds a blank row to the list named by {@code add} ({@code departmentGoals}, {@code projects},
     * {@code projects[0].tasks}, {@code projects[0].indicators}) or removes the row named by {@code remove}
     * ({@code projects[1]}, {@code projects[0].indicators[3]} …); an unknown name changes nothing.
     */
    static void edit(Map<String, Object> form, String add, String remove) {
        if (add != null) {
            List<Map<String, Object>> list = list(form, add);
            if (list != null) {
                list.add(blankRow(add));
            }
        }
        if (remove != null) {
            Matcher m = Pattern.compile("^(.*)\\[(\\d{1,4})]$").matcher(remove);
            if (m.matches()) {
                List<Map<String, Object>> list = list(form, m.group(1));
                int n = Integer.parseInt(m.group(2));
                if (list != null && n < list.size()) {
                    list.remove(n);
                }
            }
        }
    }

    private static List<Map<String, Object>> list(Map<String, Object> form, String name) {
        if (name.equals("departmentGoals") || name.equals("projects")) {
            return maps(form.get(name));
        }
        Matcher m = Pattern.compile("^projects\\[(\\d{1,4})]\\.(tasks|indicators)$").matcher(name);
        if (m.matches()) {
            List<Map<String, Object>> projects = maps(form.get("projects"));
            int p = Integer.parseInt(m.group(1));
            return p < projects.size() ? maps(projects.get(p).get(m.group(2))) : null;
        }
        return null;
    }

    private static Map<String, Object> blankRow(String list) {
        if (list.equals("projects")) {
            Map<String, Object> project = blankOf(PROJECT_FIELDS);
            project.put("tasks", new ArrayList<>());
            project.put("indicators", new ArrayList<>());
            return project;
        }
        return blankOf(list.equals("departmentGoals") ? GOAL_FIELDS : list.endsWith("tasks") ? TASK_FIELDS : INDICATOR_FIELDS);
    }

    // ---------------------------------------------------------------- write: form → GoalDraft

    /**
     * Removes the blank rows (a table row, task or indicator with nothing typed; a project with nothing
     * typed and no tasks or indicators left), so that the rows the service names are the ones shown.
     */
    static Map<String, Object> compact(Map<String, Object> form) {
        Map<String, Object> compacted = new LinkedHashMap<>(form);
        compacted.put("departmentGoals", new ArrayList<>(maps(form.get("departmentGoals")).stream().filter(r -> !blank(r)).toList()));
        List<Map<String, Object>> projects = new ArrayList<>();
        for (Map<String, Object> p : maps(form.get("projects"))) {
            Map<String, Object> project = new LinkedHashMap<>(p);
            project.put("tasks", new ArrayList<>(maps(p.get("tasks")).stream().filter(r -> !blank(r)).toList()));
            project.put("indicators", new ArrayList<>(maps(p.get("indicators")).stream().filter(r -> !blank(r)).toList()));
            if (!blank(project) || !maps(project.get("tasks")).isEmpty() || !maps(project.get("indicators")).isEmpty()) {
                projects.add(project);
            }
        }
        compacted.put("projects", projects);
        return compacted;
    }

    /**
     * The body of {@code POST /api/indicators/goals} ({@code GoalsRequest}): the department and year
     * from the submission (never from the form), every value as typed, a blank one as {@code null}.
     */
    static Map<String, Object> draft(Map<String, Object> form, String departmentCode, int fiscalYear) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("departmentCode", departmentCode);
        draft.put("fiscalYear", fiscalYear);
        draft.put("departmentName", orNull(form.get("departmentName")));
        draft.put("departmentGoals", maps(form.get("departmentGoals")).stream().map(r -> nulls(r, GOAL_FIELDS)).toList());
        List<Map<String, Object>> projects = new ArrayList<>();
        for (Map<String, Object> p : maps(form.get("projects"))) {
            Map<String, Object> project = nulls(p, PROJECT_FIELDS);
            project.put("tasks", maps(p.get("tasks")).stream().map(r -> nulls(r, TASK_FIELDS)).toList());
            project.put("indicators", maps(p.get("indicators")).stream().map(r -> nulls(r, INDICATOR_FIELDS)).toList());
            projects.add(project);
        }
        draft.put("projects", projects);
        if (form.get("selfEvaluation") instanceof Map<?, ?> self) {
            Map<String, Object> s = nulls(cast(self), SELF_FIELDS);
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> i : maps(self.get("items"))) {
                Map<String, Object> item = nulls(i, ITEM_FIELDS);
                item.put("applicable", item.get("applicable") == null ? null : Boolean.valueOf((String) item.get("applicable")));
                items.add(item);
            }
            s.put("items", items);
            draft.put("selfEvaluation", s);
        } else {
            draft.put("selfEvaluation", null);
        }
        return draft;
    }

    // ---------------------------------------------------------------- the service's refusal beside its row

    /**
     * The input path of the row the indicator service's refusal names — {@code departmentGoals[n]} (部门整体绩效目标第n+1行),
     * {@code projects[p].indicators[i]} (项目“…”的指标“…”), {@code projects[p]} (项目“…”, 项目编码“…”重复),
     * {@code selfEvaluation} (评价框架, 评分项, 自评) — or {@code null} when it names none.
     */
    static String locate(String refusal, Map<String, Object> form) {
        if (refusal == null) {
            return null;
        }
        List<Map<String, Object>> projects = maps(form.get("projects"));
        Matcher m = ROW_OF_GOALS.matcher(refusal);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1)) - 1;
            return n >= 0 && n < maps(form.get("departmentGoals")).size() ? "departmentGoals[" + n + "]" : null;
        }
        m = INDICATOR.matcher(refusal);
        if (m.find()) {
            for (int p = 0; p < projects.size(); p++) {
                if (m.group(1).equals(projects.get(p).get("name"))) {
                    List<Map<String, Object>> indicators = maps(projects.get(p).get("indicators"));
                    for (int i = 0; i < indicators.size(); i++) {
                        if (indicators.get(i).get("name") != null && m.group(2).equals(((String) indicators.get(i).get("name")).strip())) {
                            return "projects[" + p + "].indicators[" + i + "]";
                        }
                    }
                    return "projects[" + p + "]";
                }
            }
        }
        m = DUPLICATE_CODE.matcher(refusal);
        if (m.find()) {
            for (int p = projects.size() - 1; p >= 0; p--) {
                if (projects.get(p).get("code") != null && m.group(1).equals(((String) projects.get(p).get("code")).strip())) {
                    return "projects[" + p + "]";
                }
            }
        }
        m = PROJECT.matcher(refusal);
        if (m.find()) {
            for (int p = 0; p < projects.size(); p++) {
                if (m.group(1).equals(projects.get(p).get("name"))) {
                    return "projects[" + p + "]";
                }
            }
        }
        if (refusal.contains("评价框架") || refusal.contains("评分项") || refusal.contains("自评")) {
            return form.get("selfEvaluation") == null ? null : "selfEvaluation";
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    /** A number exactly as the service wrote it (a {@link BigDecimal} when read with big decimals), a text as is. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    private static Map<String, Object> copy(Map<String, Object> source, List<String> fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String f : fields) {
            row.put(f, text(source.get(f)));
        }
        return row;
    }

    private static Map<String, Object> nulls(Map<String, Object> source, List<String> fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String f : fields) {
            row.put(f, orNull(source.get(f)));
        }
        return row;
    }

    private static String orNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Map<String, Object> blankOf(List<String> fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        fields.forEach(f -> row.put(f, ""));
        return row;
    }

    private static boolean blank(Map<String, Object> row) {
        return row.values().stream().allMatch(v -> !(v instanceof String s) || s.isBlank());
    }

    private static void flatten(Map<String, String> inputs, String prefix, List<Map<String, Object>> rows, List<String> fields) {
        for (int n = 0; n < rows.size(); n++) {
            for (String f : fields) {
                inputs.put(prefix + "[" + n + "]." + f, (String) rows.get(n).get(f));
            }
        }
    }

    private static List<Map<String, Object>> rows(Map<String, String> inputs, String prefix, List<String> fields) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n : indices(inputs, prefix)) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String f : fields) {
                row.put(f, value(inputs.get(prefix + "[" + n + "]." + f)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The row indices present under {@code prefix} (its direct rows, not theirs). */
    private static TreeSet<Integer> indices(Map<String, String> inputs, String prefix) {
        Pattern row = Pattern.compile("^" + Pattern.quote(prefix) + "\\[(\\d{1,4})]\\.[A-Za-z]+$");
        Pattern nested = Pattern.compile("^" + Pattern.quote(prefix) + "\\[(\\d{1,4})]\\.");
        TreeSet<Integer> found = new TreeSet<>();
        for (String name : inputs.keySet()) {
            Matcher m = row.matcher(name);
            if (m.matches()) {
                found.add(Integer.parseInt(m.group(1)));
            } else if (prefix.equals("projects")) {
                Matcher n = nested.matcher(name);
                if (n.find()) {
                    found.add(Integer.parseInt(n.group(1)));
                }
            }
        }
        return found;
    }

    private static String value(String input) {
        return input == null ? "" : input;
    }

    /** The rows of a list (the list itself, so that a change to it is a change to the form). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        if (value instanceof List<?> list) {
            if (list.stream().allMatch(Map.class::isInstance)) {
                return (List<Map<String, Object>>) list;
            }
            return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** The lists made mutable, so that rows can be added and removed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutable(Map<String, Object> form) {
        Map<String, Object> copy = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                List<Object> rows = new ArrayList<>();
                list.forEach(r -> rows.add(r instanceof Map<?, ?> m ? mutable((Map<String, Object>) m) : r));
                copy.put(k, rows);
            } else if (v instanceof Map<?, ?> m) {
                copy.put(k, mutable((Map<String, Object>) m));
            } else {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
