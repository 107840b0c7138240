package id.tata.common.perf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * Milestones of the start-up, logged with the time since the JVM started. Off unless the logger
 * {@code id.tata.startup} is set to debug ({@code -Dorg.slf4j.simpleLogger.log.id.tata.startup=debug}): a cheap way to
 * see where a slow start spends its time (see bench/startup.sh).
 */
public final class StartupClock {
    private static final Logger LOG = LoggerFactory.getLogger("id.tata.startup");

    private StartupClock() {}

    public static void mark(String milestone) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} ms: {}", ManagementFactory.getRuntimeMXBean().getUptime(), milestone);
        }
    }
}
