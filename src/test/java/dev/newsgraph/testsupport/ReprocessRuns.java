package dev.newsgraph.testsupport;

import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

/** Waiting for the reprocessing run that a test started with the reprocess mutation. */
public final class ReprocessRuns {

    private ReprocessRuns() {
    }

    /** Polls reprocessProgress for up to 10 s, then checks the run finished with at least one article and none failed. */
    public static void awaitFinished() throws InterruptedException {
        String state = "RUNNING";
        for (int i = 0; i < 100 && state.equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = post("query { reprocessProgress { state done failed } }").body("errors", nullValue())
                    .extract().path("data.reprocessProgress.state");
        }
        post("query { reprocessProgress { state done failed } }")
                .body("data.reprocessProgress.state", equalTo("FINISHED"))
                .body("data.reprocessProgress.failed", equalTo(0))
                .body("data.reprocessProgress.done", greaterThanOrEqualTo(1));
    }
}
