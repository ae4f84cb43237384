package cn.budgetperf.scoring.score.adapter.persistence;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every computation with its inputs and rule version, kept for the bureau and the auditors. */
@Component
public class ComputationHistory {

    private final JdbcTemplate jdbc;

    ComputationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String department, int year, int sequence, String ruleVersion, String inputs, String result, Instant at) {
        jdbc.update("insert into score_computation (department_code, fiscal_year, sequence, rule_version, inputs, result, computed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", department, year, sequence, ruleVersion, inputs, result, java.sql.Timestamp.from(at));
    }

    public int count(String department, int year) {
        Integer n = jdbc.queryForObject("select count(*) from score_computation where department_code = ? and fiscal_year = ?",
                Integer.class, department, year);
        return n == null ? 0 : n;
    }
}
