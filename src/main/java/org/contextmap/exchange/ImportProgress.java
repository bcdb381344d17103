package org.contextmap.exchange;

/**
 * Told as an import writes, after each bundle file, so that a screen can show a progress bar
 * instead of a page that looks frozen while a large bundle is written.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Nobody is listening. */
    ImportProgress NONE = step -> { };

    /** Called on the importing thread after each file has been written. */
    void written(Step step);

    /**
     * How far the write is.
     *
     * @param file        the bundle file just written ({@code incidents.csv})
     * @param rowsWritten rows of the files written so far
     * @param rowsTotal   rows of the whole bundle
     */
    record Step(String file, long rowsWritten, long rowsTotal) {

        /** Between 0 and 1. */
        public double fraction() {
            return rowsTotal == 0 ? 1 : Math.min(1, rowsWritten / (double) rowsTotal);
        }
    }
}
