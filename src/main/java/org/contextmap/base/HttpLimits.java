package org.contextmap.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request to the HTTP API may be ({@code contextmap.http.*}); larger ones are refused
 * by {@link RequestLimits} before any controller reads them. A bundle upload
 * ({@code POST /api/imports}) has its own limit, {@code contextmap.import.max-upload-size}.
 *
 * @param maxBodySize    a request body (the JSON of a decision or a safety plan)
 * @param maxQueryLength the query string, in characters (a real one is well under a hundred)
 * @param maxPathLength  the path, in characters (ids are at most 64)
 */
@ConfigurationProperties("contextmap.http")
public record HttpLimits(DataSize maxBodySize, Integer maxQueryLength, Integer maxPathLength) {

    public HttpLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        maxQueryLength = maxQueryLength == null ? 2048 : maxQueryLength;
        maxPathLength = maxPathLength == null ? 1024 : maxPathLength;
    }
}
