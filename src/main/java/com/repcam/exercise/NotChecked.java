package com.repcam.exercise;

import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A form rule that could not be judged during a rep, and why ({@link Reason}). Never reported as "good": the person
 * and the therapist are told it was not checked and what would let it be.
 *
 * @param fault      the rule's fault id
 * @param reason     why it was not judged
 * @param judgedFrom the views the rule can be judged from
 */
public record NotChecked(String fault, Reason reason, Set<ViewKind> judgedFrom) {

    /** Why a rule was not judged, in the user's words, and what would let it be. */
    public sealed interface Reason {

        /** "filmed obliquely", "not seen well enough", ... */
        String why();

        /** What would let a rule judged from {@code judgedFrom} be checked: "film from the side". */
        String fix(Set<ViewKind> judgedFrom);
    }

    /** The camera's view does not let RepCam judge the rule; {@code seen} is what the camera saw. */
    public record FilmedFrom(ViewKind seen) implements Reason {
        public FilmedFrom {
            Objects.requireNonNull(seen, "seen");
        }

        @Override
        public String why() {
            return switch (seen) {
                case OBLIQUE -> "filmed obliquely";
                case FRONT -> "filmed from the front";
                default -> "filmed from the " + seen.name().toLowerCase(Locale.ROOT);
            };
        }

        @Override
        public String fix(Set<ViewKind> judgedFrom) {
            List<String> ways = new ArrayList<>();
            if (judgedFrom.contains(ViewKind.SIDE)) {
                ways.add("from the side");
            }
            if (judgedFrom.contains(ViewKind.OBLIQUE)) {
                ways.add("at an angle");
            }
            if (judgedFrom.contains(ViewKind.FRONT)) {
                ways.add("from the front");
            }
            return "film " + String.join(" or ", ways);
        }
    }

    /** A reason that does not depend on the view: its words are fixed. */
    public enum Circumstance implements Reason {
        /** The body parts the rule needs were not seen well enough. */
        NOT_SEEN_WELL("not seen well enough", "keep the whole body in the picture, well lit"),
        /**
         * Counting began during the rep: the set-up values the rules judge against were taken at some point of the
         * rep, not at its start.
         */
        COUNTING_BEGAN_DURING("counting began during this rep",
                "hold the start position in view for a second before the first rep");

        private final String why;
        private final String fix;

        Circumstance(String why, String fix) {
            this.why = why;
            this.fix = fix;
        }

        @Override
        public String why() {
            return why;
        }

        @Override
        public String fix(Set<ViewKind> judgedFrom) {
            return fix;
        }
    }

    public NotChecked {
        Objects.requireNonNull(reason, "reason");
        judgedFrom = Set.copyOf(judgedFrom);
    }

    /** Not checked because the camera saw the body from {@code seen}. */
    public static NotChecked filmedFrom(String fault, ViewKind seen, Set<ViewKind> judgedFrom) {
        return new NotChecked(fault, new FilmedFrom(seen), judgedFrom);
    }

    /** Not checked because the body parts the rule needs were hidden. */
    public static NotChecked notSeenWell(String fault, Set<ViewKind> judgedFrom) {
        return new NotChecked(fault, Circumstance.NOT_SEEN_WELL, judgedFrom);
    }

    /** Not checked because counting began during the rep. */
    static NotChecked countingBeganDuring(String fault, Set<ViewKind> judgedFrom) {
        return new NotChecked(fault, Circumstance.COUNTING_BEGAN_DURING, judgedFrom);
    }

    /**
     * Why, in the user's words: "filmed obliquely", "filmed from the front", "not seen well enough", "counting began
     * during this rep".
     */
    public String why() {
        return reason.why();
    }

    /** What would let it be checked: "film from the side". */
    public String fix() {
        return reason.fix(judgedFrom);
    }

    /** The rule's name in words: "bent elbows". */
    public String ruleName() {
        return fault.replace('_', ' ');
    }

    /**
     * A line on the picture while the view does not let the rule be judged: "bent elbows: not checked from here (film
     * from the side)".
     */
    public String fromHere() {
        return ruleName() + ": not checked from here (" + fix() + ")";
    }

    /** "bent elbows not checked: filmed obliquely; film from the side". */
    public String describe() {
        return ruleName() + " not checked: " + why() + "; " + fix();
    }
}
