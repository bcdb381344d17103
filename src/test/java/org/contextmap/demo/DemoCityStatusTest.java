package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.contextmap.base.DataLoading;
import org.contextmap.base.DataLoading.State;
import org.junit.jupiter.api.Test;

/** How far the demo city is, as the screens and the API read it. */
class DemoCityStatusTest {

    private final AtomicLong records = new AtomicLong(40);
    private final DemoCityStatus status = new DemoCityStatus(records::get, 0);

    @Test
    void nothingLoadsUntilTheLoaderSaysSo() {
        assertThat(status.progress()).isEqualTo(DataLoading.Progress.NOTHING);
        assertThat(status.progress().loading()).isFalse();
    }

    @Test
    void movesFromExpectedThroughGeneratingAndWritingToLoaded() {
        status.expected();
        assertThat(status.progress().state()).isEqualTo(State.NOT_STARTED);
        assertThat(status.progress().loading()).isTrue();
        assertThat(status.progress().what()).isEqualTo("the demo city of Ashbury");

        status.generating(2000);
        assertThat(status.progress().state()).isEqualTo(State.PREPARING);
        assertThat(status.progress().step()).startsWith("Generating 2,000 young people");
        assertThat(status.progress().percent()).isEqualTo(DemoCityStatus.GENERATING_PERCENT);

        status.writing(1000);
        assertThat(status.progress().state()).isEqualTo(State.WRITING);
        assertThat(status.progress().step()).startsWith("Writing 1,000 rows to the database");
        assertThat(status.progress().percent()).isEqualTo(DemoCityStatus.GENERATING_PERCENT);

        records.addAndGet(680); // half of the 1,360 records that 1,000 rows become
        int half = status.progress().percent();
        assertThat(half).isBetween(49, 52);
        assertThat(status.progress().loading()).isTrue();

        records.addAndGet(5_000); // more than expected: still not done until the import says so
        assertThat(status.progress().percent()).isEqualTo(99);
        assertThat(status.progress().loading()).isTrue();

        status.loaded(1000, 12_345);
        assertThat(status.progress().state()).isEqualTo(State.LOADED);
        assertThat(status.progress().percent()).isEqualTo(100);
        assertThat(status.progress().loading()).isFalse();
        assertThat(status.progress().step()).isEqualTo("1,000 rows loaded in 12.3 s");
    }

    @Test
    void theShareNeverGoesBackEvenWhenTheDatabaseCannotBeCounted() {
        status.writing(1000);
        records.addAndGet(1000);
        int before = status.progress().percent();
        records.set(-1);
        assertThat(status.progress().percent()).isEqualTo(before);
        records.set(0);
        assertThat(status.progress().percent()).isEqualTo(before);
    }

    @Test
    void aFailureSaysWhatToDoAndIsNoLongerLoading() {
        status.writing(1000);
        status.failed("The demo city could not be loaded: disk full. Start the application again to retry.");
        assertThat(status.progress().failed()).isTrue();
        assertThat(status.progress().loading()).isFalse();
        assertThat(status.progress().step()).contains("disk full", "again");

        status.stopped();
        assertThat(status.progress().failed()).isTrue();
        assertThat(status.progress().step()).contains("next start");
    }

    @Test
    void theShareStartsAfterGeneratingAndStopsShortOfDone() {
        assertThat(DemoCityStatus.percent(0, 1000)).isEqualTo(DemoCityStatus.GENERATING_PERCENT);
        assertThat(DemoCityStatus.percent(-5, 1000)).isEqualTo(DemoCityStatus.GENERATING_PERCENT);
        assertThat(DemoCityStatus.percent(1360, 1000)).isEqualTo(99);
        assertThat(DemoCityStatus.percent(10, 0)).isEqualTo(DemoCityStatus.GENERATING_PERCENT);
    }
}
