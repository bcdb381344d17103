package org.contextmap.base;

/** The JSON body of every API error: a short title and a sentence for people. */
public record ApiError(String error, String detail) {
}
