package org.contextmap.exchange;

/**
 * Tells a UTF-16 or UTF-32 file by its byte-order mark, so that it is refused as "the file is
 * UTF-16; save it as UTF-8" instead of as a column of errors about NUL bytes.
 */
final class ByteOrderMarks {

    private ByteOrderMarks() {
    }

    /** The encoding the bytes from {@code position} announce, or {@code null} for none (UTF-8's is not one). */
    static String otherEncoding(byte[] buffer, int position, int limit) {
        int[] b = new int[4];
        for (int i = 0; i < 4; i++) {
            b[i] = position + i < limit ? buffer[position + i] & 0xff : -1;
        }
        if (b[0] == 0xFF && b[1] == 0xFE) {
            return b[2] == 0 && b[3] == 0 ? "UTF-32" : "UTF-16";
        }
        if (b[0] == 0xFE && b[1] == 0xFF) {
            return "UTF-16";
        }
        return b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF ? "UTF-32" : null;
    }
}
