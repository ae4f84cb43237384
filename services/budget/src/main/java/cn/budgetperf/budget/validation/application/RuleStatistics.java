package cn.budgetperf.budget.validation.application;

import cn.budgetperf.budget.validation.domain.RuleDefinition;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every rule with how often it fired in the caller's region: the bureau's view of the rule registry. */
@Service
public class RuleStatistics {

    /**
     * @param rule        the rule
     * @param saves       saves of a submission in which it fired
     * @param departments departments it fired on
     * @param openNow     submissions whose current content still has it
     * @param onWhom      the departments' names
     */
    public record RuleUse(RuleDefinition rule, long saves, long departments, long openNow, List<String> onWhom) {
    }

    private final Validation validation;
    private final FindingRecords records;

    public RuleStatistics(Validation validation, FindingRecords records) {
        this.validation = validation;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<RuleUse> forCaller(CurrentUser user, String region, Integer year) {
        String scope;
        if (user.has(Role.ADMIN)) {
            scope = region;
        } else if (user.has(Role.FINANCE_BUREAU) && user.regionCode().isPresent()) {
            if (region != null && !region.equals(user.regionCode().get())) {
                throw ApiException.forbidden("您只能查看本地区（" + user.regionCode().get() + "）的规则统计。");
            }
            scope = user.regionCode().get();
        } else {
            throw ApiException.forbidden("只有财政部门和管理员可以查看规则统计。");
        }
        Map<String, FindingRecords.RuleCount> counts = records.counts(scope, year).stream()
                .collect(Collectors.toMap(FindingRecords.RuleCount::ruleId, Function.identity()));
        return validation.rules().stream().map(rule -> {
            FindingRecords.RuleCount c = counts.get(rule.id());
            return c == null ? new RuleUse(rule, 0, 0, 0, List.of())
                    : new RuleUse(rule, c.saves(), c.departments(), c.openNow(), c.departmentNames());
        }).toList();
    }
}
