package org.contextmap.backup;

/** A backup file that cannot be restored: missing, not a backup, damaged or cut short. The message is a sentence. */
public class BackupUnreadableException extends RuntimeException {

    public BackupUnreadableException(String message) {
        super(message);
    }
}
