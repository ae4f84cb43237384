package cn.budgetperf.portal.bureau;

import cn.budgetperf.portal.downstream.BadRequest;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.DownstreamUnavailable;
import cn.budgetperf.portal.home.DepartmentDirectory;
import cn.budgetperf.portal.home.DirectoryRow;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Reads a region-year for the dashboard, the findings page and the export: budget's submissions, scoring's ranking. */
@Component
class RegionYears {

    private final Downstream downstream;
    private final DepartmentDirectory directory;

    RegionYears(Downstream downstream, DepartmentDirectory directory) {
        this.downstream = downstream;
        this.directory = directory;
    }

    /** {@code yearInput} empty: the latest year any department of the region submitted. */
    RegionYear load(Jwt jwt, String region, String yearInput) {
        Integer asked = yearAsked(yearInput);
        List<Map<String, Object>> all = downstream.budgetList(jwt, "/api/budget/submissions").stream()
                .filter(s -> region.equals(s.get("regionCode"))).toList();
        int year = asked != null ? asked : latestYear(all);
        Map<String, Map<String, Object>> submissions = new LinkedHashMap<>();
        all.stream().filter(s -> ((Number) s.get("fiscalYear")).intValue() == year)
                .forEach(s -> submissions.merge(String.valueOf(s.get("departmentCode")), s,
                        (a, b) -> ((Number) a.get("version")).intValue() >= ((Number) b.get("version")).intValue() ? a : b));
        Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
        String scoringProblem = null;
        try {
            downstream.scoringList(jwt, "/api/scores?region=" + region + "&year=" + year)
                    .forEach(r -> scores.put(String.valueOf(r.get("departmentCode")), r));
        } catch (DownstreamUnavailable | DownstreamRefusal e) {
            scoringProblem = "评分结果暂时无法获取，得分、等级、排名和得分分布暂不显示。";
        }
        List<DashboardRow> rows = new ArrayList<>();
        for (DirectoryRow d : directory.findByRegionCodeOrderByCode(region)) {
            rows.add(new DashboardRow(d.code(), d.name(), submissions.remove(d.code()), scores.get(d.code())));
        }
        submissions.forEach((code, s) -> rows.add(new DashboardRow(code, String.valueOf(s.get("departmentName")), s, scores.get(code))));
        return new RegionYear(region, year, List.copyOf(rows), scoringProblem);
    }

    static Integer yearAsked(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        if (!input.strip().matches("20\\d\\d")) {
            throw new BadRequest("年度应为 2000 至 2099 之间的四位数字");
        }
        return Integer.valueOf(input.strip());
    }

    private static int latestYear(List<Map<String, Object>> submissions) {
        return submissions.stream().mapToInt(s -> ((Number) s.get("fiscalYear")).intValue()).max()
                .orElse(Year.now().getValue() - 1);
    }
}
