package cn.budgetperf.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for every test class that uses it, and stops it when the whole test run
 * ends (the root context's store closes it), so that two end-to-end classes do not pay for two starts.
 *
 * <p>The platform holds one of two worlds: the end-to-end tests' own (empty at start, each class adds
 * its department-years) or the demo world of the seed reports ({@link DemoWorldExtension}, for
 * {@code DemoWorldIT}). Both use the seed departments, so when a class needs the other world the
 * platform is purged and started again (at most once per switch; failsafe runs the classes in
 * alphabetical order, so DemoWorldIT first and one switch in a whole run).
 */
final class PlatformExtension implements BeforeAllCallback {

    private static final Platform PLATFORM = Platform.fromSystemProperties();
    private static boolean demoWorld;

    static Platform platform() {
        return PLATFORM;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context, false);
    }

    /** Starts the platform holding the wanted world, purging it first if it holds the other one. */
    static synchronized void start(ExtensionContext context, boolean demo) {
        var store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        if (store.get(Started.class, Started.class) != null && demoWorld != demo) {
            PLATFORM.down();
            store.remove(Started.class, Started.class);
        }
        store.computeIfAbsent(Started.class, key -> {
            if (demo) {
                PLATFORM.upWithDemo();
            } else {
                PLATFORM.up();
            }
            demoWorld = demo;
            return new Started();
        }, Started.class);
    }

    /** Held in the root store while the platform runs; closing it stops the platform. */
    private static final class Started implements AutoCloseable {
        @Override
        public void close() {
            PLATFORM.down();
        }
    }
}
