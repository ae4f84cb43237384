package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.document.domain.Amounts;
import cn.budgetperf.budget.document.domain.CountBreakdown;
import cn.budgetperf.budget.document.domain.Figures;
import cn.budgetperf.budget.document.domain.Line;
import cn.budgetperf.budget.document.domain.Procurement;
import cn.budgetperf.budget.document.domain.Profile;
import cn.budgetperf.budget.document.domain.SelfEvaluation;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.validation.domain.ClassificationCatalog;
import cn.budgetperf.contracts.budget.v1.AmountLine;
import cn.budgetperf.contracts.budget.v1.CountPart;
import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.ProfileSummary;
import cn.budgetperf.contracts.budget.v1.ProjectLine;
import cn.budgetperf.contracts.budget.v1.ScoreLine;
import cn.budgetperf.contracts.budget.v1.SelfEvaluationSummary;
import cn.budgetperf.contracts.values.Money;
import java.util.ArrayList;
import java.util.List;

/** The figures snapshot of budget.submissions.v1 (schema version 3: 2 plus the profile's duties and counts by type) from a submission document. */
final class Snapshots {

    static final int SCHEMA_VERSION = 3;

    private Snapshots() {
    }

    /** Only for a document whose three totals are known (a submittable one). */
    static FiguresSnapshot of(SubmissionDocument d, ClassificationCatalog catalog) {
        Figures f = d.effectiveFigures();
        return new FiguresSnapshot(f.incomeTotal(), f.expenditureTotal(), f.budgetTotal(),
                d.income() == null ? List.of() : lines(d.income().lines()),
                d.expenditure() == null ? List.of() : lines(d.expenditure().lines()),
                d.functionalLines().stream().map(l -> new AmountLine(l.code(),
                        l.name() != null ? l.name() : catalog.nameOf(l.code()).orElse(l.code()),
                        l.budget(), l.adjustedBudget(), l.actual(), l.priorYearActual())).toList(),
                d.threePublic() == null ? List.of()
                        : lines(concat(d.threePublic().parts(), List.of(d.threePublic().totalLine()))),
                lines(List.of(new Line("meeting", "会议费", d.meeting()), new Line("training", "培训费", d.training()),
                        new Line("operatingCosts", "机关运行经费", d.operatingCosts()))),
                procurement(d.procurement()),
                d.projects() == null ? List.of() : d.projects().items().stream().map(p -> new ProjectLine(p.code(), p.name(),
                        p.kind() == null ? null : p.kind().name(), p.budget(), p.adjustedBudget(), p.actual(),
                        p.balanceReturned(), p.selfScore())).toList(),
                profile(d.profile()),
                selfEvaluation(d.selfEvaluation()));
    }

    private static List<AmountLine> lines(List<Line> lines) {
        return lines.stream().filter(l -> l.amounts() != null).map(l -> {
            Amounts a = l.amounts();
            String key = l.path().substring(l.path().lastIndexOf('.') + 1);
            return new AmountLine(key, l.label(), a.budget(), a.adjustedBudget(), a.actual(), a.priorYearActual());
        }).toList();
    }

    private static List<AmountLine> procurement(Procurement p) {
        if (p == null) {
            return List.of();
        }
        List<AmountLine> lines = new ArrayList<>();
        add(lines, "goods", "政府采购货物支出", p.goods());
        add(lines, "works", "政府采购工程支出", p.works());
        add(lines, "services", "政府采购服务支出", p.services());
        add(lines, "total", "政府采购支出总额", p.total());
        add(lines, "smeContracts", "授予中小企业合同金额", p.smeContracts());
        add(lines, "microContracts", "授予小微企业合同金额", p.microContracts());
        return lines;
    }

    private static void add(List<AmountLine> lines, String key, String name, Money actual) {
        if (actual != null) {
            lines.add(new AmountLine(key, name, null, null, actual, null));
        }
    }

    private static ProfileSummary profile(Profile p) {
        if (p == null) {
            return null;
        }
        return new ProfileSummary(p.unitType() == null ? null : p.unitType().label(), p.rank(), p.fundingForm(), p.divisions(),
                p.subordinateUnits() == null ? null : p.subordinateUnits().total(),
                p.authorizedStaff() == null ? null : p.authorizedStaff().total(),
                p.actualStaff() == null ? null : p.actualStaff().total(), p.retirees(), p.duties(),
                parts(p.subordinateUnits()), parts(p.authorizedStaff()), parts(p.actualStaff()));
    }

    private static List<CountPart> parts(CountBreakdown counts) {
        return counts == null ? List.of() : counts.parts().stream().map(c -> new CountPart(c.name(), c.count())).toList();
    }

    private static SelfEvaluationSummary selfEvaluation(SelfEvaluation s) {
        if (s == null) {
            return null;
        }
        return new SelfEvaluationSummary(s.framework(), s.statedTotal(), s.applicableMaximum(), s.statedConverted(),
                s.items().stream().map(i -> new ScoreLine(i.name(), i.group(), i.maxPoints(), i.score(), i.applies(),
                        i.subtracts(), i.note())).toList(),
                s.problems(), s.measures(), s.resultApplication());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
