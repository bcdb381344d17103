package org.contextmap.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads a backup file, after checking it whole.
 *
 * <p>The format (version 1): the 8 bytes {@code CMBACKUP}; then, gzip-compressed, the format
 * version, the ContextMap version that wrote it, when, from which database, and the audit chain's
 * sequence number at that moment; every node ({@code N}: its key — the element id it had —,
 * labels and tagged properties, {@link PropertyValues}); every relationship ({@code R}: the keys
 * of its two ends, its type and properties); the end ({@code E}: the counts of nodes and
 * relationships, and of nodes per label); last, uncompressed, the SHA-256 of everything before
 * it. A file that was cut short or changed is refused by that checksum before anything is read,
 * so a restore never starts from half a backup.
 */
final class BackupInput implements AutoCloseable {

    static final byte[] MAGIC = {'C', 'M', 'B', 'A', 'C', 'K', 'U', 'P'};
    static final int FORMAT_VERSION = 1;
    static final byte NODE = 'N';
    static final byte RELATIONSHIP = 'R';
    static final byte END = 'E';
    private static final int SHA256 = 32;

    /** What the file says about itself. */
    record Header(int formatVersion, String version, Instant at, String source, long auditSequence) {
    }

    /** The counts at the end of the file. */
    record Summary(long nodes, long relationships, Map<String, Long> labels) {
    }

    /** Receives the content, in the order of the file: every node before any relationship. */
    interface Visitor {

        void node(String key, List<String> labels, Map<String, Object> properties);

        void relationship(String start, String type, String end, Map<String, Object> properties);
    }

    private final Path file;
    private final DataInputStream in;
    private final Counting counted;
    private final PropertyValues.Flavour flavour;
    private final Header header;

    private BackupInput(Path file, PropertyValues.Flavour flavour) throws IOException {
        this.file = file;
        this.flavour = flavour;
        long length = Files.size(file);
        InputStream raw = new Limited(new BufferedInputStream(Files.newInputStream(file), 1 << 16), length - SHA256);
        raw.skipNBytes(MAGIC.length);
        counted = new Counting(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        in = new DataInputStream(counted);
        int format = in.readInt();
        if (format > FORMAT_VERSION) {
            in.close();
            throw new BackupUnreadableException(file + " was written by a newer ContextMap (backup format " + format
                    + "); restore it with that version or a later one.");
        }
        header = new Header(format, PropertyValues.readString(in), Instant.ofEpochMilli(in.readLong()),
                PropertyValues.readString(in), in.readLong());
    }

    /**
     * Checks the file whole (its checksum) and opens it.
     *
     * @throws BackupUnreadableException with a sentence saying what is wrong
     */
    static BackupInput open(Path file, PropertyValues.Flavour flavour) {
        check(file);
        try {
            return new BackupInput(file, flavour);
        } catch (IOException e) {
            throw new BackupUnreadableException(file + " could not be read: " + e.getMessage() + ".");
        }
    }

    /** Refuses a file that is missing, is not a backup, or whose checksum does not match its content. */
    static void check(Path file) {
        try {
            long length = Files.size(file);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] magic = new byte[MAGIC.length];
            byte[] stored = new byte[SHA256];
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                if (length < MAGIC.length + SHA256 || in.readNBytes(magic, 0, magic.length) < magic.length
                        || !Arrays.equals(magic, MAGIC)) {
                    throw new BackupUnreadableException(file + " is not a ContextMap backup file.");
                }
                digest.update(magic);
                byte[] buffer = new byte[1 << 16];
                long left = length - MAGIC.length - SHA256;
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        throw new IOException("the file ended early");
                    }
                    digest.update(buffer, 0, read);
                    left -= read;
                }
                in.readNBytes(stored, 0, SHA256);
            }
            if (!MessageDigest.isEqual(digest.digest(), stored)) {
                throw new BackupUnreadableException(file + " is damaged or incomplete: its checksum does not match "
                        + "its content, so it was cut short or changed after it was written. Nothing was restored; "
                        + "restore an older backup.");
            }
        } catch (NoSuchFileException e) {
            throw new BackupUnreadableException("There is no backup file at " + file + ".");
        } catch (IOException e) {
            throw new BackupUnreadableException(file + " could not be read: " + e.getMessage() + ".");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Header header() {
        return header;
    }

    /** Bytes of content read so far (uncompressed): what a batch of rows will weigh. */
    long bytesRead() {
        return counted.count;
    }

    /** Reads the content to the end, giving each node and relationship to {@code visitor}. */
    Summary read(Visitor visitor) {
        try {
            while (true) {
                byte kind = in.readByte();
                switch (kind) {
                    case NODE -> {
                        String key = PropertyValues.readString(in);
                        int count = PropertyValues.count(in);
                        List<String> labels = new ArrayList<>(count);
                        for (int i = 0; i < count; i++) {
                            labels.add(PropertyValues.readString(in));
                        }
                        visitor.node(key, labels, PropertyValues.readMap(in, flavour));
                    }
                    case RELATIONSHIP -> {
                        String start = PropertyValues.readString(in);
                        String type = PropertyValues.readString(in);
                        String end = PropertyValues.readString(in);
                        visitor.relationship(start, type, end, PropertyValues.readMap(in, flavour));
                    }
                    case END -> {
                        long nodes = in.readLong();
                        long relationships = in.readLong();
                        int kinds = PropertyValues.count(in);
                        Map<String, Long> labels = new TreeMap<>();
                        for (int i = 0; i < kinds; i++) {
                            labels.put(PropertyValues.readString(in), in.readLong());
                        }
                        return new Summary(nodes, relationships, labels);
                    }
                    default -> throw new IOException("an unknown entry (" + kind + ")");
                }
            }
        } catch (IOException e) {
            throw new BackupUnreadableException(file + " could not be read: " + e.getMessage() + ".");
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends FilterInputStream {

        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }

    /** Ends after {@code limit} bytes: the compressed content, without the checksum after it. */
    private static final class Limited extends FilterInputStream {

        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }
    }
}
