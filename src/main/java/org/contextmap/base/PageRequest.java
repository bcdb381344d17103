package org.contextmap.base;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list endpoint: {@code page} from 0, {@code size} items. Every list of the HTTP
 * API pages the same way, over an order that does not change between requests for the same data.
 * Lists that are JSON arrays stay arrays — scripts written against them keep working — and carry
 * the paging in headers: {@code X-Total-Count} (the whole list), {@code X-Page}, {@code X-Page-Size}
 * and a {@code Link} header with {@code next} and {@code prev} (RFC 8288), as GitHub's API does.
 * Reports that are JSON objects carry {@code page}, {@code size} and {@code total} as fields.
 */
public record PageRequest(int page, int size) {

    /**
     * A validated page: a missing size is {@code defaultSize}; a size outside 1..{@code maxSize} or a
     * negative page is a 400 with a sentence.
     */
    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        return of(page, size, defaultSize, maxSize, "size");
    }

    /**
     * A page whose size may be given as {@code size} or, on endpoints that had it before paging,
     * as {@code limit} (the same thing; both at once must agree).
     */
    public static PageRequest of(Integer page, Integer size, Integer limit, int defaultSize, int maxSize) {
        if (limit != null && size != null && !limit.equals(size)) {
            throw new BadRequestException("Give size or limit (the same thing), not both.");
        }
        return of(page, size != null ? size : limit, defaultSize, maxSize, limit != null ? "limit" : "size");
    }

    /** The same, naming the size parameter as the caller gave it (an older endpoint's {@code limit}). */
    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize, String sizeName) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new BadRequestException("page must be 0 or more (the first page is 0), not " + p + ".");
        }
        if (s < 1 || s > maxSize) {
            throw new BadRequestException(sizeName + " must be between 1 and " + maxSize + ", not " + s + ".");
        }
        return new PageRequest(p, s);
    }

    /** The index of the first item on the page, or the list's size when the page is past its end. */
    public int from(int total) {
        return (int) Math.min((long) page * size, total);
    }

    /** This page of an ordered list of {@code total} items, as the response body with the paging headers. */
    public <T> ResponseEntity<List<T>> response(List<T> page, long total) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total))
                .header("X-Page", String.valueOf(this.page)).header("X-Page-Size", String.valueOf(size));
        String links = links(total);
        if (!links.isEmpty()) {
            response.header("Link", links);
        }
        return response.body(page);
    }

    /** This page of an ordered list. */
    public <T> List<T> slice(List<T> all) {
        int from = from(all.size());
        return List.copyOf(all.subList(from, (int) Math.min((long) from + size, all.size())));
    }

    /** This page of an ordered list as the response body, with the paging headers. */
    public <T> ResponseEntity<List<T>> response(List<T> all) {
        return response(slice(all), all.size());
    }

    private String links(long total) {
        StringBuilder links = new StringBuilder();
        if ((long) (page + 1) * size < total) {
            links.append(link(page + 1, "next"));
        }
        if (page > 0) {
            long last = total == 0 ? 0 : (total - 1) / size;
            links.append(links.isEmpty() ? "" : ", ").append(link((int) Math.min(page - 1, last), "prev"));
        }
        return links.toString();
    }

    private String link(int target, String rel) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", target)
                .replaceQueryParam("size", size).toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
