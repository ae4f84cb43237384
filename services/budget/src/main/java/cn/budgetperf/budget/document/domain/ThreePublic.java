package cn.budgetperf.budget.document.domain;

import java.util.List;

/**
 * '三公'经费: 因公出国（境）, 公务用车购置, 公务用车运行维护, 公务接待 — and nothing else (会议费 and 培训费
 * are tracked apart in the document), with the counts the standard table asks for.
 */
public record ThreePublic(
        Amounts abroad,
        Amounts vehiclePurchase,
        Amounts vehicleOperation,
        Amounts reception,
        Amounts total,
        Integer abroadGroups,
        Integer abroadPersons,
        Integer receptionBatches,
        Integer receptionPersons,
        Integer vehicleCount) {

    public ThreePublic {
        abroadGroups = Checks.count(abroadGroups, "因公出国（境）团组数");
        abroadPersons = Checks.count(abroadPersons, "因公出国（境）人次");
        receptionBatches = Checks.count(receptionBatches, "公务接待批次");
        receptionPersons = Checks.count(receptionPersons, "公务接待人次");
        vehicleCount = Checks.count(vehicleCount, "公务用车保有量");
    }

    public List<Line> parts() {
        return List.of(
                new Line("threePublic.abroad", "因公出国（境）费", abroad),
                new Line("threePublic.vehiclePurchase", "公务用车购置费", vehiclePurchase),
                new Line("threePublic.vehicleOperation", "公务用车运行维护费", vehicleOperation),
                new Line("threePublic.reception", "公务接待费", reception));
    }

    public Line totalLine() {
        return new Line("threePublic.total", "'三公'经费合计", total);
    }
}
