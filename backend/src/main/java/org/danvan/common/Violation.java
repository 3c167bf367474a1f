package org.danvan.common;

/** One invalid field of a request, as the problem document shows it. */
public record Violation(String field, String message) {
}
