package com.repcam.exercise;

import com.repcam.signal.ViewKind;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A form rule that could not be judged during a rep, and why: the camera's view does not let RepCam judge it
 * ({@code view} is what the camera saw), or the body parts it needs were not seen well enough ({@code view} null).
 * Never reported as "good": the person and the therapist are told it was not checked and what would let it be.
 *
 * @param fault       the rule's fault id
 * @param view        the view the camera saw, when the view was the reason; null when the body parts were hidden
 * @param judgedFrom  the views the rule can be judged from
 */
public record NotChecked(String fault, ViewKind view, Set<ViewKind> judgedFrom) {

    public NotChecked {
        judgedFrom = Set.copyOf(judgedFrom);
    }

    /** Why, in the user's words: "filmed obliquely", "filmed from the front", "not seen well enough". */
    public String why() {
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
