package cn.budgetperf.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform with the demo world loaded by {@code ./platform up} itself (PLATFORM_DEMO=1), on a fresh
 * state: the other end-to-end classes' department-years would stand in the seeds' way.
 */
final class DemoWorldExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PlatformExtension.start(context, true);
    }
}
