package cn.budgetperf.publication.report.adapter.persistence;

import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Goals;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The read model's JSON columns: the detailed tables of the submission, the goals and the details of the score. */
@Component
public class StoredDetails {

    private final JsonMapper json;

    StoredDetails(JsonMapper json) {
        this.json = json;
    }

    /** {@code null} for {@link Details#NONE}, so that a row without details stays empty. */
    public String write(Details details) {
        return Details.NONE.equals(details) ? null : json.writeValueAsString(DetailsJson.of(details));
    }

    public Details details(ReportRow row) {
        return Optional.ofNullable(row.details()).map(d -> json.readValue(d, DetailsJson.class).toDetails()).orElse(Details.NONE);
    }

    public String write(Goals goals) {
        return json.writeValueAsString(goals);
    }

    public Goals goals(ReportRow row) {
        return Optional.ofNullable(row.goals()).map(g -> json.readValue(g, Goals.class)).orElse(Goals.NONE);
    }

    public String write(ReportFacts.Score score) {
        return json.writeValueAsString(ScoreDetailsJson.of(score));
    }

    /** The row's score, with its details where they were stored. */
    public Optional<ReportFacts.Score> score(ReportRow r) {
        if (r.scoreVersion() == 0) {
            return Optional.empty();
        }
        ScoreDetailsJson details = r.scoreDetails() == null ? null : json.readValue(r.scoreDetails(), ScoreDetailsJson.class);
        return Optional.of(ScoreDetailsJson.score(r.executionRate(), r.scoreTotal(), r.scoreMax(), r.scoreConverted(), r.grade(), details));
    }
}
