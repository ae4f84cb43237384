package cn.budgetperf.scoring.score.adapter.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every computation with its trigger, inputs, rule version, result and detail, kept for the bureau and the auditors. */
@Component
public class ComputationHistory {

    /** One kept computation; {@code inputs}, {@code result} and {@code detail} are JSON (older rows may hold plain text). */
    public record Computation(int sequence, String trigger, String ruleVersion, String inputs, String result, String detail,
                              Instant computedAt) {
    }

    private static final String SELECT = "select sequence, trigger, rule_version, inputs, result, detail, computed_at from score_computation ";

    private final JdbcTemplate jdbc;

    ComputationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String department, int year, Computation c) {
        jdbc.update("insert into score_computation (department_code, fiscal_year, sequence, trigger, rule_version, inputs, result, detail, "
                + "computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", department, year, c.sequence(), c.trigger(), c.ruleVersion(),
                c.inputs(), c.result(), c.detail(), Timestamp.from(c.computedAt()));
    }

    public int count(String department, int year) {
        Integer n = jdbc.queryForObject("select count(*) from score_computation where department_code = ? and fiscal_year = ?",
                Integer.class, department, year);
        return n == null ? 0 : n;
    }

    public List<Computation> all(String department, int year) {
        return jdbc.query(SELECT + "where department_code = ? and fiscal_year = ? order by sequence", ComputationHistory::row, department, year);
    }

    public Optional<Computation> latest(String department, int year) {
        return jdbc.query(SELECT + "where department_code = ? and fiscal_year = ? order by sequence desc limit 1", ComputationHistory::row,
                department, year).stream().findFirst();
    }

    private static Computation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Computation(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}
