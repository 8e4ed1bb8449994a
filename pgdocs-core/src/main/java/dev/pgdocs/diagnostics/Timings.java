package dev.pgdocs.diagnostics;

/**
 * Phase timings on stderr when the environment variable PGDOCS_TIMINGS is set, for the
 * benchmark scripts and for finding where a slow build spends its time. Each phase shows
 * its wall time and the CPU time of the whole process (every thread, the JIT compiler's
 * and the collector's included) in it: on a shared machine the wall time moves with the
 * load, the CPU time much less. It also shows the CPU time of the thread that ends the
 * phase (main, for the pipeline's): the work that others do beside it on the second core
 * leaves this, so that it shows what the wall time would be on an idle two-core machine.
 */
public final class Timings {

    private static final boolean ON = System.getenv("PGDOCS_TIMINGS") != null;
    private static long start = System.nanoTime();
    private static long last = start;
    private static long lastCpu = cpuNanos();
    /** Each thread's CPU time at its last phase (0, its start, before one): threads end phases of their own. */
    private static final ThreadLocal<Long> lastThreadCpu = ThreadLocal.withInitial(() -> 0L);

    private Timings() {
    }

    /** Starts the clock (pgdocs' main does, so that class loading before it is not counted). */
    public static synchronized void start() {
        start = System.nanoTime();
        last = start;
        lastCpu = cpuNanos();
        lastThreadCpu.set(threadCpuNanos());
    }

    /** CPU time of the process so far; 0 when off (the management classes are not loaded then). */
    private static long cpuNanos() {
        if (!ON) {
            return 0;
        }
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the calling thread so far; 0 when off. */
    private static long threadCpuNanos() {
        return ON ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
    }

    /** Notes the end of a phase. */
    public static synchronized void phase(String name) {
        if (ON) {
            long now = System.nanoTime();
            long cpu = cpuNanos();
            long threadCpu = threadCpuNanos();
            System.err.printf("[timing] %-24s %6d ms, CPU %6d ms, this thread %6d ms (%d ms since start of main)%n",
                    name, (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000, (threadCpu - lastThreadCpu.get()) / 1_000_000,
                    (now - start) / 1_000_000);
            last = now;
            lastCpu = cpu;
            lastThreadCpu.set(threadCpu);
        }
    }

    /** A remark on the phase under way (which way it went, and why), printed when timings are. */
    public static void note(String remark) {
        if (ON) {
            System.err.println("[timing]   " + remark + " (" + (System.nanoTime() - start) / 1_000_000
                    + " ms since start of main)");
        }
    }
}
