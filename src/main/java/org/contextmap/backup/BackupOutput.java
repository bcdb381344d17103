package org.contextmap.backup;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a backup file (the format: {@link BackupInput}). It is written beside its final name
 * ({@code NAME.partial}) and moved into place only when complete, so a backup that fails or
 * whose process dies never leaves a file under the name an administrator would restore from.
 */
final class BackupOutput implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final OutputStream file;
    private final MessageDigest digest;
    private final GZIPOutputStream zip;
    private final DataOutputStream out;
    private final Map<String, Long> labels = new TreeMap<>();
    private long nodes;
    private long relationships;
    private boolean finished;

    BackupOutput(Path target, String version, Instant at, String source, long auditSequence) throws IOException {
        this.target = target.toAbsolutePath();
        this.partial = this.target.resolveSibling(this.target.getFileName() + ".partial");
        Files.createDirectories(this.target.getParent());
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
        OutputStream hashed = new DigestOutputStream(file, digest);
        hashed.write(BackupInput.MAGIC);
        zip = new GZIPOutputStream(hashed, 1 << 16);
        out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        out.writeInt(BackupInput.FORMAT_VERSION);
        PropertyValues.writeString(out, version);
        out.writeLong(at.toEpochMilli());
        PropertyValues.writeString(out, source);
        out.writeLong(auditSequence);
    }

    void node(String key, List<String> nodeLabels, Map<String, Object> properties) throws IOException {
        out.writeByte(BackupInput.NODE);
        PropertyValues.writeString(out, key);
        out.writeInt(nodeLabels.size());
        for (String label : nodeLabels) {
            PropertyValues.writeString(out, label);
            labels.merge(label, 1L, Long::sum);
        }
        PropertyValues.writeMap(out, properties);
        nodes++;
    }

    void relationship(String start, String type, String end, Map<String, Object> properties) throws IOException {
        out.writeByte(BackupInput.RELATIONSHIP);
        PropertyValues.writeString(out, start);
        PropertyValues.writeString(out, type);
        PropertyValues.writeString(out, end);
        PropertyValues.writeMap(out, properties);
        relationships++;
    }

    long nodes() {
        return nodes;
    }

    long relationships() {
        return relationships;
    }

    Map<String, Long> labels() {
        return labels;
    }

    /** Writes the counts and the checksum and moves the file into place; its size in bytes. */
    long finish() throws IOException {
        out.writeByte(BackupInput.END);
        out.writeLong(nodes);
        out.writeLong(relationships);
        out.writeInt(labels.size());
        for (var label : labels.entrySet()) {
            PropertyValues.writeString(out, label.getKey());
            out.writeLong(label.getValue());
        }
        out.flush();
        zip.finish();
        file.write(digest.digest());
        file.close();
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        return Files.size(target);
    }

    /** Without {@link #finish()}: removes what was written. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                file.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
