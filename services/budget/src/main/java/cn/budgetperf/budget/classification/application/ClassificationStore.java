package cn.budgetperf.budget.classification.application;

import java.util.List;

/** Where the code table is kept. */
public interface ClassificationStore {

    List<ClassificationCode> all();

    boolean exists(String code);

    void add(ClassificationCode code, String actor);
}
