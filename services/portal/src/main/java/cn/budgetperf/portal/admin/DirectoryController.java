package cn.budgetperf.portal.admin;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.home.DepartmentDirectory;
import cn.budgetperf.portal.home.DirectoryRow;
import cn.budgetperf.portal.home.RegionDirectory;
import cn.budgetperf.portal.home.RegionRow;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's directory: regions, their departments, and which Keycloak user fills in for which
 * department. All of it is the portal's own data; nothing is written to Keycloak (ADR 0018).
 */
@Controller
class DirectoryController {

    private final RegionDirectory regions;
    private final DepartmentDirectory departments;
    private final DepartmentUsers users;

    DirectoryController(RegionDirectory regions, DepartmentDirectory departments, DepartmentUsers users) {
        this.regions = regions;
        this.departments = departments;
        this.users = users;
    }

    @GetMapping({"/portal/admin", "/portal/admin/"})
    String index(@AuthenticationPrincipal Jwt jwt, Model model) {
        model.addAttribute("user", AdminUser.of(jwt));
        return "admin/index";
    }

    @GetMapping("/portal/admin/directory")
    @Transactional(readOnly = true)
    String directory(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done, Model model) {
        return page(AdminUser.of(jwt), null, AdminNotice.of(done), model);
    }

    @PostMapping("/portal/admin/regions")
    @Transactional
    String addRegion(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String code,
                     @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        CurrentUser user = AdminUser.of(jwt);
        String problem = DirectoryForms.region(code, name);
        if (problem == null && regions.existsById(code.strip())) {
            problem = "地区代码" + code.strip() + "已存在";
        }
        if (problem != null) {
            return refused(user, problem, model, response);
        }
        regions.save(new RegionRow(code.strip(), name.strip()));
        return "redirect:/portal/admin/directory?done=region";
    }

    @PostMapping("/portal/admin/departments")
    @Transactional
    String addDepartment(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String code,
                         @RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
                         Model model, HttpServletResponse response) {
        CurrentUser user = AdminUser.of(jwt);
        String problem = DirectoryForms.department(code, name);
        if (problem == null && (regionCode == null || !regions.existsById(regionCode))) {
            problem = "请选择已登记的地区";
        }
        if (problem == null && departments.existsById(code.strip())) {
            problem = "部门编码" + code.strip() + "已存在";
        }
        if (problem != null) {
            return refused(user, problem, model, response);
        }
        departments.save(new DirectoryRow(code.strip(), name.strip(), regionCode));
        return "redirect:/portal/admin/directory?done=department";
    }

    @PostMapping("/portal/admin/department-users")
    @Transactional
    String map(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String username,
               @RequestParam(required = false) String departmentCode, Model model, HttpServletResponse response) {
        CurrentUser user = AdminUser.of(jwt);
        String problem = DirectoryForms.username(username);
        if (problem == null && (departmentCode == null || !departments.existsById(departmentCode))) {
            problem = "请选择已登记的部门";
        }
        if (problem == null && users.existsById(username.strip())) {
            problem = "用户" + username.strip() + "已对应部门" + users.findById(username.strip()).orElseThrow().departmentCode()
                    + "，请先解除原对应关系";
        }
        if (problem != null) {
            return refused(user, problem, model, response);
        }
        users.save(new DepartmentUserRow(username.strip(), departmentCode, user.username(), Instant.now()));
        return "redirect:/portal/admin/directory?done=mapped";
    }

    @PostMapping("/portal/admin/department-users/remove")
    @Transactional
    String unmap(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String username, Model model,
                 HttpServletResponse response) {
        CurrentUser user = AdminUser.of(jwt);
        if (username == null || !users.existsById(username)) {
            return refused(user, "用户" + (username == null ? "" : username) + "没有登记的部门", model, response);
        }
        users.deleteById(username);
        return "redirect:/portal/admin/directory?done=unmapped";
    }

    private String refused(CurrentUser user, String problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.endsWith("已存在") || problem.contains("已对应部门") ? 409 : 400);
        return page(user, problem, null, model);
    }

    private String page(CurrentUser user, String problem, String notice, Model model) {
        List<RegionRow> all = regions.listOrderByCode();
        Map<RegionRow, List<DirectoryRow>> byRegion = new LinkedHashMap<>();
        all.forEach(r -> byRegion.put(r, departments.findByRegionCodeOrderByCode(r.code())));
        Map<String, List<DepartmentUserRow>> usersByDepartment = new LinkedHashMap<>();
        users.listOrderByUsername().forEach(u -> usersByDepartment.computeIfAbsent(u.departmentCode(), k -> new ArrayList<>()).add(u));
        model.addAttribute("user", user);
        model.addAttribute("regions", all);
        model.addAttribute("byRegion", byRegion);
        model.addAttribute("usersByDepartment", usersByDepartment);
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice);
        return "admin/directory";
    }
}
