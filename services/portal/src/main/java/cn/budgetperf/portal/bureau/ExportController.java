package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.home.RegionDirectory;
import cn.budgetperf.portal.home.RegionRow;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bureau downloads its region-year's consolidated table (the dashboard's rows) as .xlsx. */
@Controller
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegionYears regionYears;
    private final RegionDirectory regions;

    ExportController(RegionYears regionYears, RegionDirectory regions) {
        this.regionYears = regionYears;
        this.regions = regions;
    }

    @GetMapping("/portal/bureau/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String year) {
        CurrentUser user = BureauUser.of(jwt);
        RegionYear data = regionYears.load(jwt, user.regionCode().orElseThrow(), year);
        String regionName = regions.findById(data.region()).map(RegionRow::name).orElse(data.region());
        String file = regionName + data.year() + "年度汇总表.xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(ConsolidatedWorkbook.of(data, regionName));
    }
}
