package kz.egov.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egov.cli.stack.StackLayout;

class CpuUseTest {

    /** A JIT compiler thread's stat line: the name holds a space, and fields count from after its parenthesis. */
    private static final String STAT = "4711 (C2 CompilerThre) S 4700 4700 1 0 -1 4194368 12 0 0 0 250 31 7 9 20 0 1 0";

    @Test
    void statFieldsAreCountedAfterTheCommandNameWhateverItHolds() {
        assertThat(CpuUse.comm(STAT)).isEqualTo("C2 CompilerThre");
        assertThat(CpuUse.ticks(STAT, 1)).isEqualTo(4700); // parent pid
        assertThat(CpuUse.ticks(STAT, 11)).isEqualTo(250); // utime
        assertThat(CpuUse.ticks(STAT, 12)).isEqualTo(31); // stime
        assertThat(CpuUse.ticks(STAT, 13)).isEqualTo(7); // cutime
    }

    @Test
    void perRequestCostIsTheDifferenceOverTheRequestsAndTheTotalBoundsTheRate() {
        CpuUse.Snapshot before = new CpuUse.Snapshot(Map.of("portal-adapter", 1.0, CpuUse.POSTGRES, 2.0));
        CpuUse.Snapshot after = new CpuUse.Snapshot(Map.of("portal-adapter", 2.0, CpuUse.POSTGRES, 5.0));

        assertThat(CpuUse.perRequest(before, after, 1000)).containsEntry("portal-adapter", 1.0)
                .containsEntry(CpuUse.POSTGRES, 3.0);
        assertThat(CpuUse.table("full speed", before, after, 1000, 2))
                .contains("| PostgreSQL | 3.00 |")
                .contains("| **total** | **4.00** → at most 500 requests/s on 2 cores |");
    }

    @Test
    void aServiceProcessIsMeasuredWithItsCompilerThreadsApart(@TempDir Path dir) throws Exception {
        assumeThat(Path.of("/proc/self/task")).isDirectory();
        StackLayout layout = StackLayout.of(dir).withDataDir(dir.resolve("stack"));
        long self = ProcessHandle.current().pid();
        Files.createDirectories(layout.runDir());
        Files.writeString(layout.pidFile("portal-adapter"), self + "\n");
        Files.createDirectories(layout.postgresDir());
        Files.writeString(layout.postmasterPidFile(), self + "\n/data\n");

        CpuUse.Snapshot before = CpuUse.take(layout, List.of("portal-adapter", "gateway-router"));
        long sum = 0;
        long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            sum += Long.toString(sum).hashCode();
        }
        CpuUse.Snapshot after = CpuUse.take(layout, List.of("portal-adapter", "gateway-router"));

        assertThat(after.seconds()).containsKeys("portal-adapter", CpuUse.JIT, CpuUse.POSTGRES)
                .doesNotContainKey("gateway-router"); // no pid file: not running, not measured
        assertThat(after.seconds().get("portal-adapter") - before.seconds().get("portal-adapter"))
                .as("a third of a second of busy work (sum %d)", sum).isGreaterThan(0.1);
        assertThat(after.seconds().get(CpuUse.POSTGRES)).isGreaterThanOrEqualTo(after.seconds().get("portal-adapter"));
    }

    @Test
    void theTimeOfAThreadThatHasEndedStaysCounted(@TempDir Path dir) throws Exception {
        assumeThat(Path.of("/proc/self/task")).isDirectory();
        StackLayout layout = StackLayout.of(dir).withDataDir(dir.resolve("stack"));
        Files.createDirectories(layout.runDir());
        Files.writeString(layout.pidFile("portal-adapter"), ProcessHandle.current().pid() + "\n");
        long[] sum = new long[1];
        Thread worker = new Thread(() -> {
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                sum[0] += Long.toString(sum[0]).hashCode();
            }
        });
        worker.start();
        worker.join(200); // part-way: the worker's time is in the first snapshot
        CpuUse.Snapshot during = CpuUse.take(layout, List.of("portal-adapter"));
        worker.join();
        CpuUse.Snapshot after = CpuUse.take(layout, List.of("portal-adapter"));

        assertThat(after.seconds().get("portal-adapter") - during.seconds().get("portal-adapter"))
                .as("the worker ended (sum %d), its time did not go with it", sum[0]).isGreaterThanOrEqualTo(0.0);
        assertThat(CpuUse.isCompilerThread("C2 CompilerThre")).isTrue();
        assertThat(CpuUse.isCompilerThread("executor-thread")).isFalse();
    }
}
