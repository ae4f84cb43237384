package cn.budgetperf.indicator.goal.domain;

/** Goals that fail a check; the message says exactly which and why, in Chinese. */
public class InvalidGoals extends IllegalArgumentException {

    public InvalidGoals(String message) {
        super(message);
    }
}
