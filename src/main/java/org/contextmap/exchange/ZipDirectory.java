package org.contextmap.exchange;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip held in memory: the one place a zip states every entry's name,
 * sizes and file type. It is read before anything is unpacked, so that a truncated or damaged zip,
 * a zip with too many entries, a symbolic link, or an entry claiming a huge size is refused with a
 * sentence before a byte of it is inflated. The sizes it states may lie; {@link EntryLimits} checks
 * them again while the entries are read.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0xF000;
    private static final int SYMBOLIC_LINK = 0xA000;

    /** One entry as the central directory states it. */
    record Entry(String name, long compressedSize, long size, boolean symbolicLink) {
    }

    /** Thrown when the bytes are not a complete zip; the message is a sentence for the partner. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private ZipDirectory() {
    }

    static List<Entry> read(byte[] zip, int maxEntries) throws Unreadable {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(bytes);
        if (end < 0) {
            throw new Unreadable(zip.length >= 4 && bytes.getInt(0) == 0x04034b50
                    ? "the zip is incomplete (its end is missing; was the upload cut short?); send it again"
                    : "not a zip file, or an empty one; send the bundle as a zip");
        }
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw new Unreadable("the zip is in ZIP64 form, which is meant for archives far larger than a bundle may be");
        }
        if (count > maxEntries) {
            throw new Unreadable("the zip has " + count + " entries; a bundle may have at most " + maxEntries);
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) Math.min(offset, zip.length);
        for (int i = 0; i < count; i++) {
            if (at + 46 > zip.length || bytes.getInt(at) != ENTRY_SIGNATURE) {
                throw new Unreadable("the zip is damaged (its list of entries cannot be read); send it again");
            }
            int madeBy = Short.toUnsignedInt(bytes.getShort(at + 4)) >>> 8;
            int flags = Short.toUnsignedInt(bytes.getShort(at + 8));
            long compressed = Integer.toUnsignedLong(bytes.getInt(at + 20));
            long size = Integer.toUnsignedLong(bytes.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
            int attributes = bytes.getInt(at + 38);
            if (at + 46 + nameLength > zip.length) {
                throw new Unreadable("the zip is damaged (its list of entries cannot be read); send it again");
            }
            String name = new String(zip, at + 46, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            boolean link = madeBy == UNIX && ((attributes >>> 16) & TYPE_MASK) == SYMBOLIC_LINK;
            entries.add(new Entry(name, compressed, size, link));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /**
     * Why an entry's name is not allowed, or {@code null}: a bundle's files sit at the top of the
     * zip or in folders inside it, never above it nor at an absolute path.
     */
    static String unsafeName(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "an absolute path";
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return "a path that leads out of the bundle (..)";
            }
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return "a control character in its name";
        }
        return null;
    }

    private static int findEnd(ByteBuffer bytes) {
        int last = bytes.limit() - END_LENGTH;
        int first = Math.max(0, last - 0xFFFF);
        for (int at = last; at >= first; at--) {
            if (bytes.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }
}
