package org.contextmap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.Refreshed;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.SignedInRequests;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With work done ahead of requests (as in production), an import that changes the network does
 * not make readers wait: while the background thread is busy, the risk list, hotspots and ego
 * networks answer from before the import, whole, and say so; a child new in the import is drawn
 * at once; once the background has caught up, every answer is the new one and says nothing.
 */
@SpringBootTest(properties = {"contextmap.store-temporary=true", "contextmap.demo=false", "contextmap.precompute=true"})
@AutoConfigureMockMvc
@Import(SignedInRequests.class)
class AnswersBehindAnImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    BackgroundWork background;

    @Test
    void whileTheBackgroundIsBusyReadersGetThePreviousWholeAnswerSaidToBeBehind(@TempDir Path folder)
            throws Exception {
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder.resolve("first")), false).errors()).isEmpty();
        awaitBackground();
        mvc.perform(get("/api/risk")).andExpect(status().isOk()).andExpect(jsonPath("$.people").value(3))
                .andExpect(jsonPath("$.behind").doesNotExist());
        mvc.perform(get("/api/people/YP1/network")).andExpect(jsonPath("$.behind").doesNotExist());
        mvc.perform(get("/api/hotspots")).andExpect(jsonPath("$.behind").doesNotExist());

        CountDownLatch release = new CountDownLatch(1);
        background.submit("a test holding the background thread", () -> await(release));
        TestBundles friend = TestBundles.valid()
                .append("young_people.csv", "YP4,Leon Marsh,2010-06-11,Male,White British,HA-1,S1,F4,false,false,,NONE,")
                .append("relationships.csv", "YP4,YP1,FRIEND,2026-10-01,YOUNG_PERSON,CONFIRMED");
        assertThat(importer.importFolder(friend.writeTo(folder.resolve("second")), false).errors()).isEmpty();

        mvc.perform(get("/api/risk")).andExpect(status().isOk()).andExpect(jsonPath("$.people").value(3))
                .andExpect(jsonPath("$.behind").value(Refreshed.BEHIND));
        mvc.perform(get("/api/hotspots")).andExpect(status().isOk())
                .andExpect(jsonPath("$.behind").value(Refreshed.BEHIND));
        mvc.perform(get("/api/people/YP1/network")).andExpect(status().isOk())
                .andExpect(jsonPath("$.behind").value(Refreshed.BEHIND))
                .andExpect(jsonPath("$.nodes[*].id", not(hasItem("YP4"))));
        mvc.perform(get("/api/people/YP4/network")).andExpect(status().isOk()) // new: drawn at once, not behind
                .andExpect(jsonPath("$.behind").doesNotExist())
                .andExpect(jsonPath("$.nodes[*].id", hasItem("YP1")));

        release.countDown();
        awaitBackground();
        mvc.perform(get("/api/risk")).andExpect(jsonPath("$.people").value(4))
                .andExpect(jsonPath("$.behind").doesNotExist());
        mvc.perform(get("/api/hotspots")).andExpect(jsonPath("$.behind").doesNotExist());
        mvc.perform(get("/api/people/YP1/network")).andExpect(jsonPath("$.behind").doesNotExist())
                .andExpect(jsonPath("$.nodes[*].id", hasItem("YP4")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'YP4')].label", hasItem(containsString("Leon"))));
    }

    /** Waits until the background thread has nothing left to do (a guard, not a measured time). */
    private void awaitBackground() throws InterruptedException {
        for (int i = 0; i < 1_200 && background.pending() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(background.pending()).as("background work done").isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
