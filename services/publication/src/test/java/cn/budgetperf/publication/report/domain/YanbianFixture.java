package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** 盐边县总工会 2024 as its 部门决算公开 (seed 001) reports it, with 2023 beside it. */
final class YanbianFixture {

    private YanbianFixture() {
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Line line(String key, String name, String budget, String actual, String prior) {
        return new Line(key, name, d(budget), null, d(actual), d(prior));
    }

    static Details details() {
        return new Details(
                List.of(line("generalPublicBudget", "一般公共预算财政拨款收入", "232.34", "232.34", "316.23"),
                        line("governmentFund", "政府性基金预算财政拨款收入", "0", "0", "0"),
                        line("stateCapital", "国有资本经营预算财政拨款收入", "0", "0", "0"),
                        line("superiorSubsidy", "上级补助收入", "0", "0", "0"),
                        line("total", "本年收入合计", "232.34", "232.34", "316.23")),
                List.of(line("basic", "基本支出", "200.09", "200.09", null),
                        line("personnel", "人员经费", "184.56", "184.56", null),
                        line("publicFunds", "公用经费", "15.52", "15.52", null),
                        line("project", "项目支出", "32.25", "32.25", null),
                        line("remittanceToSuperior", "上缴上级支出", "0", "0", null),
                        line("total", "本年支出合计", "232.34", "232.34", "316.23")),
                List.of(line("201", "一般公共服务支出", "160.45", "160.45", null),
                        line("20129", "群众团体事务", "160.45", "160.45", null),
                        line("2012901", "行政运行", "89.45", "89.45", null),
                        line("2012902", "事业运行", "38.74", "38.74", null),
                        line("2012999", "其他群众团体事务支出", "32.26", "32.26", null),
                        line("208", "社会保障和就业支出", "44.72", "44.72", null),
                        line("210", "卫生健康支出", "14.26", "14.26", null),
                        line("221", "住房保障支出", "12.91", "12.91", null)),
                List.of(line("abroad", "因公出国（境）费", "0", "0", "0"),
                        line("vehiclePurchase", "公务用车购置费", "0", "0", "0"),
                        line("vehicleOperation", "公务用车运行维护费", "0", "0", "0"),
                        line("reception", "公务接待费", "0.09", "0.09", "0.05"),
                        line("total", "“三公”经费合计", "0.09", "0.09", "0.05")),
                List.of(line("operatingCosts", "机关运行经费", null, "15.52", "13.27")),
                List.of(line("total", "政府采购支出总额", null, "0", null)),
                List.of(new Details.Project("510422-2024-01", "春节送温暖", "ONGOING", d("1.6"), null, d("1.6"), d("0"), d("90"))),
                Optional.of(new Details.Profile("行政单位", null, null, List.of("办公室"), 0, 4, 7, 10,
                        List.of("维护职工群众的经济效益和民主权益。", "动员和组织职工群众参加经济建设和改革，努力完成经济和社会发展任务。",
                                "发挥职工群众参政议政作用，代表和组织职工参与国家和社会事务管理。", "教育职工不断提高思想政治觉悟和文化素质。"),
                        List.of(new Details.Count("行政单位", 0), new Details.Count("参照公务员法管理的事业单位", 0),
                                new Details.Count("其他事业单位", 1)),
                        List.of(new Details.Count("公务员编制", 3), new Details.Count("工勤编制", 1)),
                        List.of(new Details.Count("公务员", 3), new Details.Count("工勤人员", 1), new Details.Count("事业人员", 3)))),
                Optional.of(new Details.Evaluation("盐边县部门预算绩效自评打分表", d("94"), d("100"), d("94"), List.of(),
                        List.of("对于工会职能的宣传力度不够。"), List.of("预算编制和预算管理还需进一步细化和加强。"), "整改反馈方面做到有问题及时整改。")));
    }

    static ReportFacts facts(Details details, Optional<ReportFacts.Score> score) {
        return new ReportFacts("510422001", 2024, "盐边县总工会", "盐边县", "ACCEPTED", d("232.34"), d("232.34"), d("232.34"),
                details, score);
    }

    static ReportFacts facts() {
        return facts(details(), Optional.empty());
    }
}
