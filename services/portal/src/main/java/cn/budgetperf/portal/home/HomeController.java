package cn.budgetperf.portal.home;

import cn.budgetperf.kit.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final DepartmentDirectory departments;

    HomeController(DepartmentDirectory departments) {
        this.departments = departments;
    }

    @GetMapping({"/portal", "/portal/"})
    @Transactional(readOnly = true)
    String home(@AuthenticationPrincipal Jwt jwt, Model model) {
        CurrentUser user = CurrentUser.from(jwt);
        model.addAttribute("user", user);
        model.addAttribute("roleLabel", Roles.label(user));
        model.addAttribute("department", user.departmentCode().flatMap(departments::findById).map(DirectoryRow::name).orElse(null));
        return "home";
    }
}
