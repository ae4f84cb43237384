package cn.budgetperf.scoring.score.domain;

import java.util.Map;

/** 绩效指标性质: how an actual is compared with its target (DESIGN §4). */
public enum Comparator {
    /** 正向 (≥): more is better. */
    POSITIVE("≥"),
    /** 反向 (≤): less is better. */
    REVERSE("≤"),
    /** 等于 (＝). */
    EQUAL("＝"),
    /** 定性: a grade label chosen by the evaluator. */
    QUALITATIVE("定性");

    private static final Map<String, Comparator> SPELLINGS = Map.of(
            "≥", POSITIVE, ">=", POSITIVE, "≤", REVERSE, "<=", REVERSE,
            "＝", EQUAL, "=", EQUAL, "定性", QUALITATIVE);

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Reads ≥ ≤ ＝ 定性 and their ASCII spellings >= <= =. */
    public static Comparator parse(String text, String where) {
        Comparator c = text == null ? null : SPELLINGS.get(text.strip());
        if (c == null) {
            throw new InvalidInput(where + "的指标性质“" + text + "”无法识别，应为 ≥、≤、＝ 或 定性。");
        }
        return c;
    }
}
