package cn.budgetperf.budget.submission.adapter.persistence;

import cn.budgetperf.budget.submission.application.Outcome;
import cn.budgetperf.budget.submission.application.Outcomes;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class OutcomeStore implements Outcomes {

    private final OutcomeRepository repository;

    OutcomeStore(OutcomeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Outcome> find(String departmentYear) {
        return repository.findById(departmentYear).map(r -> new Outcome(r.id(), r.scoreSequence(), r.scoreOfVersion(),
                r.executionRate(), r.scoreTotal(), r.scoreMax(), r.scoreConverted(), r.grade(), r.scoredAt(),
                r.publicationSequence(), r.publicationAction(), r.publicVersion(), r.publicPath(), r.publicationNote(),
                r.publishedAt()));
    }

    @Override
    public void save(Outcome o, boolean exists) {
        OutcomeRow row = new OutcomeRow(o.id(), o.scoreSequence(), o.scoreOfVersion(), o.executionRate(), o.scoreTotal(),
                o.scoreMax(), o.scoreConverted(), o.grade(), o.scoredAt(), o.publicationSequence(), o.publicationAction(),
                o.publicVersion(), o.publicPath(), o.publicationNote(), o.publishedAt());
        if (exists) {
            repository.update(row);
        } else {
            repository.save(row);
        }
    }
}
