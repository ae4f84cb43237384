package cn.budgetperf.publication.report.adapter.persistence;

import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Line;
import java.util.List;
import java.util.Optional;

/** The stored form of {@link Details}: lists never null once read, absent sections {@code null}. */
record DetailsJson(List<Line> income, List<Line> expenditureByNature, List<Line> functional, List<Line> threePublic,
                   List<Line> controlled, List<Line> procurement, List<Details.Project> projects, Details.Profile profile,
                   Details.Evaluation evaluation) {

    static DetailsJson of(Details d) {
        return new DetailsJson(d.income(), d.expenditureByNature(), d.functional(), d.threePublic(), d.controlled(), d.procurement(),
                d.projects(), d.profile().orElse(null), d.evaluation().orElse(null));
    }

    Details toDetails() {
        return new Details(income, expenditureByNature, functional, threePublic, controlled, procurement, projects,
                Optional.ofNullable(profile), Optional.ofNullable(evaluation));
    }
}
