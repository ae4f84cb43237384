package cn.budgetperf.scoring.score.domain;

/** Input the formulas cannot score; the message says exactly why, in Chinese. */
public class InvalidInput extends IllegalArgumentException {

    public InvalidInput(String message) {
        super(message);
    }
}
