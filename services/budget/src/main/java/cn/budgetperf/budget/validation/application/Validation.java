package cn.budgetperf.budget.validation.application;

import cn.budgetperf.budget.classification.application.Classifications;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.validation.domain.Finding;
import cn.budgetperf.budget.validation.domain.RuleDefinition;
import cn.budgetperf.budget.validation.domain.RuleRegistry;
import java.util.List;
import org.springframework.stereotype.Service;

/** Runs the rule registry over a document with the current functional classification. */
@Service
public class Validation {

    private final RuleRegistry registry = RuleRegistry.standard();
    private final Classifications classifications;

    public Validation(Classifications classifications) {
        this.classifications = classifications;
    }

    public List<Finding> validate(SubmissionDocument document) {
        return registry.validate(document, classifications.catalog());
    }

    public List<RuleDefinition> rules() {
        return registry.definitions();
    }
}
