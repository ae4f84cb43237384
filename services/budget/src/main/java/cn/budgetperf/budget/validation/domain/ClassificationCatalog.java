package cn.budgetperf.budget.validation.domain;

import java.util.Map;
import java.util.Optional;

/** The government functional classification (政府收支分类科目) the rules check codes against. */
public interface ClassificationCatalog {

    Optional<String> nameOf(String code);

    default boolean knows(String code) {
        return nameOf(code).isPresent();
    }

    static ClassificationCatalog of(Map<String, String> namesByCode) {
        Map<String, String> copy = Map.copyOf(namesByCode);
        return code -> Optional.ofNullable(copy.get(code));
    }
}
