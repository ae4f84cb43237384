package cn.budgetperf.budget.submission.application;

import java.util.Optional;

/** Where the score and publication state of department-years are kept. */
public interface Outcomes {

    Optional<Outcome> find(String departmentYear);

    void save(Outcome outcome, boolean exists);
}
