package dev.newsgraph.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

/** The service's management interface (health, metrics): its own port, not the one clients use. */
public final class Management {

    private Management() {
    }

    /** The URL of a management path such as "/health/ready" (under /q) in the service under test. */
    public static String url(String path) {
        return ConfigProvider.getConfig().getValue("test.management.url", String.class) + path;
    }
}
