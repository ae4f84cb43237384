package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The detailed tables of a department-year beyond its three totals. A table the department did not
 * fill in is an empty list; a section it did not fill in is empty.
 *
 * @param income              收入 by source, then the total (key {@code total})
 * @param expenditureByNature 基本支出 (人员经费, 公用经费), 项目支出 …, then the total (key {@code total})
 * @param functional          支出 by 类/款/项, key = the classification code (3, 5 or 7 digits)
 * @param threePublic         '三公'经费 by part, then the total (key {@code total})
 * @param controlled          会议费 ({@code meeting}), 培训费 ({@code training}), 机关运行经费 ({@code operatingCosts})
 * @param procurement         政府采购 (goods, works, services, total, smeContracts, microContracts)
 * @param projects            the projects
 * @param profile             部门概况
 * @param evaluation          the self-evaluation as the department submitted it
 */
public record Details(List<Line> income, List<Line> expenditureByNature, List<Line> functional, List<Line> threePublic,
                      List<Line> controlled, List<Line> procurement, List<Project> projects, Optional<Profile> profile,
                      Optional<Evaluation> evaluation) {

    /** Nothing beyond the totals. */
    public static final Details NONE = new Details(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            Optional.empty(), Optional.empty());

    public Details {
        income = copy(income);
        expenditureByNature = copy(expenditureByNature);
        functional = copy(functional);
        threePublic = copy(threePublic);
        controlled = copy(controlled);
        procurement = copy(procurement);
        projects = copy(projects);
        profile = profile == null ? Optional.empty() : profile;
        evaluation = evaluation == null ? Optional.empty() : evaluation;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * 部门概况 as submitted ({@code null} components when not reported, empty lists when not itemised).
     *
     * @param duties                   the department's 主要职责, one per entry
     * @param subordinateUnitParts     下属预算单位 by type
     * @param authorizedHeadcountParts 编制数 by type
     * @param actualHeadcountParts     实有人数 by type
     */
    public record Profile(String unitType, String rank, String fundingForm, List<String> divisions, Integer subordinateUnits,
                          Integer authorizedHeadcount, Integer actualHeadcount, Integer retirees, List<String> duties,
                          List<Count> subordinateUnitParts, List<Count> authorizedHeadcountParts, List<Count> actualHeadcountParts) {

        public Profile {
            divisions = copy(divisions);
            duties = copy(duties);
            subordinateUnitParts = copy(subordinateUnitParts);
            authorizedHeadcountParts = copy(authorizedHeadcountParts);
            actualHeadcountParts = copy(actualHeadcountParts);
        }

        /** Totals and duties, without counts by type. */
        public Profile(String unitType, String rank, String fundingForm, List<String> divisions, Integer subordinateUnits,
                       Integer authorizedHeadcount, Integer actualHeadcount, Integer retirees, List<String> duties) {
            this(unitType, rank, fundingForm, divisions, subordinateUnits, authorizedHeadcount, actualHeadcount, retirees, duties,
                    List.of(), List.of(), List.of());
        }
    }

    /** One part of a count, e.g. 公务员编制 3; {@code count} is {@code null} when not reported. */
    public record Count(String name, Integer count) {
    }

    /** A project, amounts in 万元 ({@code null} when not reported); {@code kind} is ONGOING (常年) or ONE_OFF (一次性). */
    public record Project(String code, String name, String kind, BigDecimal budget, BigDecimal adjustedBudget, BigDecimal actual,
                          BigDecimal balanceReturned, BigDecimal selfScore) {
    }

    /**
     * The self-evaluation as submitted: the framework, the stated total, the items, 存在问题, 改进措施 and 结果应用.
     */
    public record Evaluation(String framework, BigDecimal total, BigDecimal applicableMaximum, BigDecimal converted,
                             List<EvaluationItem> items, List<String> problems, List<String> measures, String resultApplication) {

        public Evaluation {
            items = copy(items);
            problems = copy(problems);
            measures = copy(measures);
        }
    }

    /** One item of the self-evaluation; {@code score} is {@code null} when left blank. */
    public record EvaluationItem(String name, String group, BigDecimal maxPoints, BigDecimal score, boolean applicable,
                                 boolean deduction, String note) {
    }
}
