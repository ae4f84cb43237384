package cn.budgetperf.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for every test class that uses it, and stops it when the whole test run
 * ends (the root context's store closes it), so that two end-to-end classes do not pay for two starts.
 */
final class PlatformExtension implements BeforeAllCallback {

    private static final Platform PLATFORM = Platform.fromSystemProperties();

    static Platform platform() {
        return PLATFORM;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(Started.class, key -> {
            PLATFORM.up();
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
