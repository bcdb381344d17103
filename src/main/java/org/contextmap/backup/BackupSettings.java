package org.contextmap.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The backups the application writes itself ({@code contextmap.backup.*}): by {@code POST
 * /api/backups} and the daily job.
 *
 * @param directory where they go; empty means {@code backups} beside the embedded store's
 *                  directory (with the default store, {@code ~/.local/share/contextmap/backups}
 *                  on Linux), and a temporary directory when the store itself is temporary
 * @param keep      how many of the newest backup files the daily job keeps there; older ones are
 *                  deleted after each new one (0 keeps all)
 * @param cron      when the daily job runs (default 03:00, after retention's 02:30); {@code -}
 *                  switches it off
 */
@ConfigurationProperties("contextmap.backup")
public record BackupSettings(Path directory, @DefaultValue("7") int keep, @DefaultValue("0 0 3 * * *") String cron) {
}
