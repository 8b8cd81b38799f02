package com.repcam.signal;

/**
 * The fields of one signal as an exercise file gives them, read for a {@link SignalKind.Builder}. Whoever reads
 * the file implements it and reports problems its own way (with the file, line and field).
 *
 * @param <X> what a problem is reported as
 */
public interface SignalFields<X extends Exception> {

    /** The landmarks listed under {@code field}: exactly {@code count} of them. */
    Joint[] joints(String field, int count) throws X;

    /** A yes/no field, or {@code otherwise} when it is absent. */
    boolean flag(String field, boolean otherwise) throws X;

    /** A field naming one of an enum's constants (in lower case), or {@code otherwise} when it is absent. */
    <E extends Enum<E>> E choice(String field, Class<E> type, E otherwise) throws X;

    /** A problem with {@code field}, worded for the person editing the file. */
    X invalid(String field, String message);
}
