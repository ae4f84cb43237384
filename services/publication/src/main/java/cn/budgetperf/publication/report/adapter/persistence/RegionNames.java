package cn.budgetperf.publication.report.adapter.persistence;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Region codes to names (reference data). */
@Component
public class RegionNames {

    private final JdbcTemplate jdbc;

    RegionNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> all() {
        return jdbc.query("select code, name from region", (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
