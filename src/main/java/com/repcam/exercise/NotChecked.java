package com.repcam.exercise;

import com.repcam.signal.ViewKind;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A form rule that could not be judged during a rep, and why: the camera's view does not let RepCam judge it
 * ({@code view} is what the camera saw), the body parts it needs were not seen well enough ({@code view} null), or
 * counting began during the rep ({@code startUnseen}: the set-up values the rules judge against were taken at some
 * point of the rep, not at its start). Never reported as "good": the person and the therapist are told it was not
 * checked and what would let it be.
 *
 * @param fault       the rule's fault id
 * @param view        the view the camera saw, when the view was the reason; null otherwise
 * @param judgedFrom  the views the rule can be judged from
 * @param startUnseen whether the reason is that counting began during the rep
 */
public record NotChecked(String fault, ViewKind view, Set<ViewKind> judgedFrom, boolean startUnseen) {

    public NotChecked {
        judgedFrom = Set.copyOf(judgedFrom);
    }

    /** Not checked because of the view ({@code view} non-null) or because the body parts were hidden (null). */
    public NotChecked(String fault, ViewKind view, Set<ViewKind> judgedFrom) {
        this(fault, view, judgedFrom, false);
    }

    /** Not checked because counting began during the rep. */
    static NotChecked startUnseen(String fault, Set<ViewKind> judgedFrom) {
        return new NotChecked(fault, null, judgedFrom, true);
    }

    /**
     * Why, in the user's words: "filmed obliquely", "filmed from the front", "not seen well enough", "counting began
     * during this rep".
     */
    public String why() {
        if (startUnseen) {
            return "counting began during this rep";
        }
        if (view == null) {
            return "not seen well enough";
        }
        return switch (view) {
            case OBLIQUE -> "filmed obliquely";
            case FRONT -> "filmed from the front";
            default -> "filmed from the " + view.name().toLowerCase(Locale.ROOT);
        };
    }

    /** What would let it be checked: "film from the side". */
    public String fix() {
        if (startUnseen) {
            return "hold the start position in view for a second before the first rep";
        }
        if (view == null) {
            return "keep the whole body in the picture, well lit";
        }
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

    /** The rule's name in words: "bent elbows". */
    public String ruleName() {
        return fault.replace('_', ' ');
    }

    /** "bent elbows not checked: filmed obliquely; film from the side". */
    public String describe() {
        return ruleName() + " not checked: " + why() + "; " + fix();
    }
}
