package cn.budgetperf.indicator.framework.domain;

/** A framework that cannot be used; the message says exactly why, in Chinese. */
public class InvalidFramework extends IllegalArgumentException {

    public InvalidFramework(String message) {
        super(message);
    }
}
