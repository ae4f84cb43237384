package cn.budgetperf.budget.classification.application;

import cn.budgetperf.budget.validation.domain.ClassificationCatalog;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code table. Validation reads a snapshot held in memory and reloaded at most every minute (and at
 * once after an addition on this instance), so that checking a submission never waits for the database.
 */
@Service
public class Classifications {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final Pattern CODE = Pattern.compile("[0-9]{3}|[0-9]{5}|[0-9]{7}");

    private final ClassificationStore store;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    private record Snapshot(ClassificationCatalog catalog, Instant loadedAt) {
    }

    public Classifications(ClassificationStore store) {
        this.store = store;
    }

    public ClassificationCatalog catalog() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            Map<String, String> names = new LinkedHashMap<>();
            store.all().forEach(c -> names.put(c.code(), c.name()));
            s = new Snapshot(ClassificationCatalog.of(names), clock.instant());
            snapshot = s;
        }
        return s.catalog();
    }

    public List<ClassificationCode> list() {
        return store.all();
    }

    @Transactional
    public ClassificationCode add(CurrentUser user, String code, String name) {
        if (!user.has(Role.ADMIN)) {
            throw ApiException.forbidden("只有管理员可以维护功能分类科目。");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw ApiException.badRequest("科目编码应为3位（类）、5位（款）或7位（项）数字：" + code);
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw ApiException.badRequest("科目名称不能为空，且不超过100个字。");
        }
        if (store.exists(code)) {
            throw ApiException.conflict("科目编码" + code + "已存在。");
        }
        if (code.length() > 3 && !store.exists(code.substring(0, code.length() - 2))) {
            throw ApiException.badRequest("上级科目" + code.substring(0, code.length() - 2) + "不存在，请先添加上级科目。");
        }
        ClassificationCode added = new ClassificationCode(code, name.strip());
        store.add(added, user.username());
        snapshot = null;
        return added;
    }
}
