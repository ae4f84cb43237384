package cn.budgetperf.portal.bureau;

import java.util.List;
import java.util.Map;

/**
 * What the submission page says after an action redirected to it ({@code ?done=…}): a fixed Chinese
 * sentence per action; after a re-score or its withdrawal, the item and its points as scoring now has
 * them, so the page never repeats text from the address.
 *
 * @param done what was done
 * @param item the item's code, for {@code rescored} and {@code unreviewed}
 */
record Notice(String done, String item) {

    private static final Map<String, String> TEXTS = Map.of(
            "accepted", "已审核通过。",
            "returned", "已退回部门修改。",
            "publish", "操作成功：已公开。公开页面将在片刻后更新。",
            "correct", "操作成功：已更正。公开页面将在片刻后更新。",
            "withdraw", "操作成功：已撤回。公开页面将在片刻后更新。");

    static Notice of(String done, String item) {
        return done == null || !(TEXTS.containsKey(done) || "rescored".equals(done) || "unreviewed".equals(done)) ? null
                : new Notice(done, item);
    }

    String text(List<ScoreItemRow> items) {
        if ("unreviewed".equals(done)) {
            return items.stream().filter(i -> i.code().equals(item)).findFirst()
                    .map(i -> "已撤销对评分项“" + i.name() + "”的复核，现得分 " + i.pointsText() + " 分，评分已重新计算。")
                    .orElse("已撤销复核，评分已重新计算。");
        }
        if (!"rescored".equals(done)) {
            return TEXTS.get(done);
        }
        return items.stream().filter(i -> i.code().equals(item)).findFirst()
                .map(i -> "已复核评分项“" + i.name() + "”：复核得分 " + i.pointsText() + " 分（自评 " + i.selfPointsText() + " 分），评分已重新计算。")
                .orElse("已提交复核，评分已重新计算。");
    }
}
