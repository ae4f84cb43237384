package cn.budgetperf.budget.reportcheck.domain;

/** One kind of claim the checker recomputes. */
interface Rule {

    void check(Report report, Findings findings);
}
