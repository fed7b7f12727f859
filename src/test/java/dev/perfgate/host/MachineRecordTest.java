package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.MachineState;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.RunMeta;
import dev.perfgate.receipt.VerdictReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineRecordTest {

    private static final MachineFacts TWO_CPUS = new MachineFacts(2, null, null, null, null);

    private static PairedRunOutcome outcome(String status) {
        PairedRunReceipt receipt = new PairedRunReceipt(
                PairedRunReceipt.SCHEMA_V1,
                null,
                new RunMeta("id", "a", "b", null, "posix"),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                new VerdictReport(status, "wall_time", null, List.of(), null));
        return new PairedRunOutcome(receipt, false, List.of(), List.of("earlier warning"));
    }

    private static MachineJudgement.Verdict busy() {
        return MachineJudgement.judge(
                TWO_CPUS,
                new MachineReading(null, null, 0L, 0L, 2, 0L, null, null),
                new MachineReading(null, null, 1900L, 2000L, 2, 100L, null, null),
                null,
                null);
    }

    @Test
    void recordsTheMachineAndWarnsOncePlainlyWhenBusy() {
        PairedRunOutcome recorded = MachineRecord.apply(outcome("pass"), busy());
        assertEquals(busy().state(), recorded.receipt().run().machine());
        assertEquals(1.8, recorded.receipt().run().machine().otherCpusUsed());
        assertEquals(
                List.of(
                        "earlier warning",
                        "busy machine: other processes used 1.8 of 2 CPUs during the run: expect wider intervals"),
                recorded.warnings());
    }

    @Test
    void namesTheBusyMachineAsTheLikelyCauseOfAnInconclusiveVerdict() {
        PairedRunOutcome recorded = MachineRecord.apply(outcome("inconclusive"), busy());
        assertEquals(2, recorded.warnings().size());
        assertEquals(
                "busy machine: other processes used 1.8 of 2 CPUs during the run: that is the likely cause of"
                        + " the INCONCLUSIVE verdict; measure on a quiet machine",
                recorded.warnings().get(1));
    }

    @Test
    void aQuietOrUnreadableMachineAddsNoWarning() {
        MachineJudgement.Verdict unreadable = MachineJudgement.judge(
                MachineFacts.unknown(), MachineReading.unknown(), MachineReading.unknown(), null, null);
        PairedRunOutcome recorded = MachineRecord.apply(outcome("inconclusive"), unreadable);
        assertEquals(List.of("earlier warning"), recorded.warnings());
        MachineState state = recorded.receipt().run().machine();
        assertEquals(unreadable.state(), state);
    }
}
