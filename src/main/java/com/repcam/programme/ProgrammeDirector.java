package com.repcam.programme;

import com.repcam.exercise.PostureSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a programme hands-free, one frame at a time: which set is open, when it ends, the rest between sets and
 * what is said. It never sees pixels; it is told, per frame, what the open set counted and whether the person is
 * in its set-up position, and which programme exercise's position the person has taken
 * ({@link PositionRecogniser}). It answers with instructions for whoever runs the sets.
 *
 * <p>A set of the next exercise in the programme is open from the start and after every set, so reps are never
 * missed. While that set has counted nothing, taking another programme exercise's position opens a set of that
 * exercise instead (people do not always keep the order). A set ends at its target, or when the person has been
 * out of its position (stood up, walked off) for {@link #OUT_OF_POSITION_SECONDS} after a counted rep. Then the rest
 * timer runs; a person who starts the next set early is counted all the same. Timing is the frames' own, so a
 * recording is directed the same way every time.
 */
public final class ProgrammeDirector {

    static final double OUT_OF_POSITION_SECONDS = 2.0;

    /** Where the programme is. */
    public enum Stage { WAITING, IN_SET, RESTING, DONE }

    /** Why a set ended. */
    public enum EndReason { TARGET, LEFT_POSITION, SWITCHED, SKIPPED, RESTARTED, SESSION_ENDED }

    /** What the one running the sets does, in order. */
    public sealed interface Instruction {
    }

    /** End the open set: save it when it counted anything, else drop it. */
    public record EndSet(EndReason reason) implements Instruction {
    }

    /**
     * Open a set.
     *
     * @param stepIndex index of the programme step
     * @param set       which set of that step, from 1; above the step's sets for sets beyond the programme
     */
    public record StartSet(int stepIndex, ProgrammeStep step, int set) implements Instruction {
    }

    /** Show and say this. */
    public record Announce(String text) implements Instruction {
    }

    /**
     * What the open set reported on one frame.
     *
     * @param person          somebody is in view
     * @param posture         the open set's exercise judged its set-up position
     * @param count           full reps of the open set
     * @param countedAnything a full or partial rep was counted in the open set
     * @param recognised      programme exercises whose set-up position the person holds ({@link PositionRecogniser})
     */
    public record FrameFacts(long micros, boolean person, PostureSpec.Verdict posture, int count,
                             boolean countedAnything, Set<String> recognised) {
    }

    /** One finished set. */
    public record SetDone(int stepIndex, String exercise, int set, int of, int target, int count, EndReason reason,
                          double endSeconds) {
    }

    private final Programme programme;
    private final int[] setsDone;
    private final List<SetDone> log = new ArrayList<>();
    private Stage stage = Stage.WAITING;
    private int stepIndex;
    private int set = 1;
    private long restUntil;
    private long outSince = -1;
    private long now;

    public ProgrammeDirector(Programme programme) {
        this.programme = programme;
        this.setsDone = new int[programme.steps().size()];
    }

    /** The first instructions: open the first set and say what the programme is. */
    public List<Instruction> start() {
        ProgrammeStep first = programme.steps().get(0);
        List<Instruction> out = new ArrayList<>();
        out.add(new StartSet(0, first, 1));
        String note = programme.note().isEmpty() ? "" : " " + sentence(programme.note());
        out.add(new Announce(String.format(Locale.ROOT, "%s: %d exercises, %d sets.%s First: %s Get into "
                + "position.", programme.name(), programme.steps().size(), programme.totalSets(), note,
                sentence(describe(0, 1)))));
        return out;
    }

    /** Takes one frame's facts (frames in time order). */
    public List<Instruction> onFrame(FrameFacts f) {
        now = f.micros();
        List<Instruction> out = new ArrayList<>();
        switch (stage) {
            case WAITING, RESTING, DONE -> {
                if (f.countedAnything()) {
                    if (stage != Stage.DONE) { // after the programme, further reps stay an extra set
                        stage = Stage.IN_SET;
                        outSince = -1;
                        inSet(f, out);
                    }
                    return out;
                }
                Optional<Integer> other = otherExercise(f.recognised());
                if (other.isPresent()) {
                    int to = other.get();
                    out.add(new EndSet(EndReason.SWITCHED));
                    open(to, out);
                    stage = Stage.WAITING;
                    out.add(new Announce("That is " + sentence(describe(to, set))));
                    return out;
                }
                if (stage == Stage.RESTING && now >= restUntil) {
                    stage = Stage.WAITING;
                    out.add(new Announce("Rest over. " + sentence(capitalised(describe(stepIndex, set)))
                            + " Get into position."));
                }
            }
            case IN_SET -> inSet(f, out);
        }
        return out;
    }

    private void inSet(FrameFacts f, List<Instruction> out) {
        ProgrammeStep step = programme.steps().get(stepIndex);
        if (f.count() >= step.reps()) {
            finish(f.count(), EndReason.TARGET, out);
            return;
        }
        boolean outOfPosition = !f.person() || f.posture() == PostureSpec.Verdict.OUT;
        if (outOfPosition) {
            outSince = outSince < 0 ? now : outSince;
            if ((now - outSince) / 1e6 >= OUT_OF_POSITION_SECONDS) {
                finish(f.count(), EndReason.LEFT_POSITION, out);
            }
        } else if (f.posture() == PostureSpec.Verdict.IN) {
            outSince = -1;
        }
    }

    /** The open set is over: log it, open the next and say what comes. */
    private void finish(int count, EndReason reason, List<Instruction> out) {
        ProgrammeStep step = programme.steps().get(stepIndex);
        log.add(new SetDone(stepIndex, step.exercise().id(), set, step.sets(), step.reps(), count, reason, now / 1e6));
        if (set <= step.sets()) {
            setsDone[stepIndex] = Math.max(setsDone[stepIndex], set);
        }
        out.add(new EndSet(reason));
        String done = String.format(Locale.ROOT, "Set done: %d %s.", count, count == 1 ? "rep" : "reps");
        Optional<Integer> next = nextStep(stepIndex);
        if (next.isEmpty()) {
            stage = Stage.DONE;
            out.add(new StartSet(stepIndex, step, set + 1));
            set = set + 1;
            out.add(new Announce(done + " That was the whole programme. Well done."));
            return;
        }
        open(next.get(), out);
        double rest = step.restSeconds();
        if (rest > 0) {
            stage = Stage.RESTING;
            restUntil = now + Math.round(rest * 1e6);
            out.add(new Announce(String.format(Locale.ROOT, "%s Rest %s. Next: %s", done, duration(rest),
                    sentence(describe(stepIndex, set)))));
        } else {
            stage = Stage.WAITING;
            out.add(new Announce(done + " Next: " + sentence(describe(stepIndex, set))));
        }
    }

    /** Keys: {@code n}/{@code p} move to the next or previous exercise, {@code r} starts the open set again. */
    public List<Instruction> skip(int delta) {
        List<Instruction> out = new ArrayList<>();
        int n = programme.steps().size();
        int to = delta == 0 ? stepIndex : Math.floorMod(stepIndex + delta, n);
        out.add(new EndSet(delta == 0 ? EndReason.RESTARTED : EndReason.SKIPPED));
        open(to, out);
        stage = Stage.WAITING;
        out.add(new Announce(sentence(capitalised(describe(to, set)))));
        return out;
    }

    private void open(int step, List<Instruction> out) {
        stepIndex = step;
        ProgrammeStep s = programme.steps().get(step);
        set = Math.min(setsDone[step] + 1, s.sets() + 1);
        outSince = -1;
        out.add(new StartSet(step, s, set));
    }

    /** The next step with sets left, from this one on (then from the start); empty when all are done. */
    private Optional<Integer> nextStep(int from) {
        int n = programme.steps().size();
        for (int i = 0; i < n; i++) {
            int s = (from + i) % n;
            if (setsDone[s] < programme.steps().get(s).sets()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * A programme exercise other than the open set's whose position the person holds and which has sets left
     * (someone still kneeling at the chair after its last set is not starting another).
     */
    private Optional<Integer> otherExercise(Set<String> recognised) {
        String open = programme.steps().get(stepIndex).exercise().id();
        if (recognised.isEmpty() || recognised.contains(open)) {
            return Optional.empty();
        }
        for (int i = 0; i < programme.steps().size(); i++) {
            ProgrammeStep s = programme.steps().get(i);
            if (recognised.contains(s.exercise().id()) && setsDone[i] < s.sets()) {
                return Optional.of(i);
            }
        }
        return Optional.empty(); // still in the position of an exercise that is done: not a reason to switch
    }

    private String describe(int step, int setNumber) {
        ProgrammeStep s = programme.steps().get(step);
        String which = setNumber <= s.sets() ? String.format(Locale.ROOT, "set %d of %d", setNumber, s.sets())
                : "an extra set";
        String note = setNumber == 1 && !s.note().isEmpty() ? ". " + s.note().strip() : "";
        return String.format(Locale.ROOT, "%s, %s, %d reps%s", s.exercise().name(), which, s.reps(), note);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " seconds" : s % 60 == 0 ? (s / 60) + (s == 60 ? " minute" : " minutes")
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public Stage stage() {
        return stage;
    }

    /** The finished sets so far. */
    public List<SetDone> log() {
        return List.copyOf(log);
    }

    /** One line for the screen: where the programme is, and the rest left while resting. */
    public String statusLine() {
        ProgrammeStep s = programme.steps().get(stepIndex);
        String which = set <= s.sets() ? "set " + set + " of " + s.sets() : "extra set";
        return switch (stage) {
            case RESTING -> {
                long left = Math.max(0, (restUntil - now + 999_999) / 1_000_000);
                yield String.format(Locale.ROOT, "Rest %d:%02d - next: %s, %s", left / 60, left % 60,
                        s.exercise().name(), which);
            }
            case DONE -> "Programme done - " + which;
            default -> s.exercise().name() + ", " + which;
        };
    }

    public Programme programme() {
        return programme;
    }
}
