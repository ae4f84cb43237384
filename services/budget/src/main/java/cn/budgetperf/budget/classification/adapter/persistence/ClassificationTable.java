package cn.budgetperf.budget.classification.adapter.persistence;

import cn.budgetperf.budget.classification.application.ClassificationCode;
import cn.budgetperf.budget.classification.application.ClassificationStore;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ClassificationTable implements ClassificationStore {

    private final ClassificationRepository repository;

    ClassificationTable(ClassificationRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<ClassificationCode> all() {
        return repository.findAllOrdered().stream().map(r -> new ClassificationCode(r.code(), r.name())).toList();
    }

    @Override
    public boolean exists(String code) {
        return repository.existsById(code);
    }

    @Override
    public void add(ClassificationCode code, String actor) {
        repository.save(new ClassificationRow(code.code(), code.name(), actor, Instant.now()));
    }
}
