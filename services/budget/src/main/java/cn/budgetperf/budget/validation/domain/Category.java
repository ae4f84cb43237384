package cn.budgetperf.budget.validation.domain;

/** What kind of check a rule is (as in the DATA Act Broker's rule table). */
public enum Category {
    EXISTENCE("存在性", "a required value is present, a code exists in the reference table"),
    ACCURACY("准确性", "identities and sums hold, within the rounding tolerance"),
    COMPLETENESS("完整性", "nothing that the table requires is left blank"),
    PLAUSIBILITY("合理性", "figures that are possible but unusual enough to need an explanation");

    private final String label;
    private final String meaning;

    Category(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
