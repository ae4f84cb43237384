package cn.budgetperf.contracts.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A fiscal year (预算年度), which in China is the calendar year; plausible range 2000–2099. */
public record FiscalYear(int value) {

    public static final int FIRST = 2000;
    public static final int LAST = 2099;

    public FiscalYear {
        if (value < FIRST || value > LAST) {
            throw new IllegalArgumentException("年度应在" + FIRST + "至" + LAST + "之间: " + value);
        }
    }

    @JsonCreator
    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    @JsonValue
    @Override
    public int value() {
        return value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
