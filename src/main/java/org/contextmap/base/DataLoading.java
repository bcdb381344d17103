package org.contextmap.base;

/**
 * Data the application is still loading after it has begun to answer: on the first start of an
 * empty embedded database, the demo city, written in the background while the web server already
 * answers. Screens show how far it is instead of an empty list, and the HTTP API says that what it
 * returns may be partial. The feature that loads such data provides the one bean of this type; with
 * none ({@link #NOTHING}), nothing is loading and what the database holds is all there is.
 */
public interface DataLoading {

    /** Nothing loads in the background. */
    DataLoading NOTHING = () -> Progress.NOTHING;

    /** Where the loading is now. Cheap enough to ask on every request and every screen refresh. */
    Progress progress();

    /** Where a background load is. */
    enum State {
        /** It will start in a moment (the application is finishing its start). */
        NOT_STARTED,
        /** Getting the data ready, before anything is written (generating the demo city). */
        PREPARING,
        /** Writing to the database; what is there so far is partial. */
        WRITING,
        /** Everything is there. */
        LOADED,
        /** It stopped with an error; {@link Progress#step()} says what happened and what to do. */
        FAILED,
        /** There was nothing to load (not the first start, an external database, or turned off). */
        NOTHING_TO_LOAD
    }

    /**
     * @param state   where the load is
     * @param what    what is loading, in plain words ("the demo city of Ashbury")
     * @param step    what is happening now ("Writing 45,120 rows to the database"), or the error and what to do
     * @param percent how far, 0 to 100 (an estimate while writing; 100 once loaded)
     */
    record Progress(State state, String what, String step, int percent) {

        public static final Progress NOTHING = new Progress(State.NOTHING_TO_LOAD, "", "", 100);

        public Progress {
            percent = Math.clamp(percent, 0, 100);
        }

        /** True until the data is all there or the load has failed: show progress, not a partial picture. */
        public boolean loading() {
            return state == State.NOT_STARTED || state == State.PREPARING || state == State.WRITING;
        }

        public boolean failed() {
            return state == State.FAILED;
        }
    }
}
