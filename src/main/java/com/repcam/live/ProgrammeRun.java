package com.repcam.live;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.programme.PositionRecogniser;
import com.repcam.programme.Programme;
import com.repcam.programme.ProgrammeDirector;
import com.repcam.programme.ProgrammeDirector.EndReason;
import com.repcam.programme.ProgrammeDirector.Instruction;
import com.repcam.programme.ProgrammeStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme run hands-free over the live loop: the {@link ProgrammeDirector} says when sets open and end, fed
 * each analysed frame with what the open set saw and which exercise's position the {@link PositionRecogniser}
 * sees; every set that ends is noted with its folder, for the programme's summary file.
 */
final class ProgrammeRun {

    /** One saved set: where the programme was, what it counted, how it ended and where it was saved. */
    record EndedSet(String exercise, int set, int of, int target, int reps, int partial, long withFaults,
                    EndReason reason, double endSeconds, String folder) {
    }

    private final Programme programme;
    private final ProgrammeDirector director;
    private final PositionRecogniser recogniser;
    private final List<EndedSet> ended = new ArrayList<>();
    private final List<Map<String, Object>> announcements = new ArrayList<>();
    /** The sets open when an EndSet was handed out, not yet reported {@link #ended}. */
    private final java.util.ArrayDeque<int[]> ending = new java.util.ArrayDeque<>();
    private int openStep;
    private int openSet;
    private long lastMicros;

    ProgrammeRun(Programme programme) {
        this.programme = programme;
        this.director = new ProgrammeDirector(programme);
        this.recogniser = new PositionRecogniser(programme.steps().stream().map(ProgrammeStep::exercise).toList());
    }

    List<Instruction> start() {
        return noted(director.start());
    }

    List<Instruction> onFrame(AnalyzedFrame step, ExerciseSet set) {
        lastMicros = step.frame().timestampMicros();
        Set<String> recognised = recogniser.accept(step.pose());
        return noted(director.onFrame(new ProgrammeDirector.FrameFacts(lastMicros, step.pose().pose().isPresent(),
                set.posture(), set.count(), set.countedAnything(), recognised)));
    }

    /** Keys: -1 previous exercise, +1 next, 0 the open set again. */
    List<Instruction> skip(int delta) {
        return noted(director.skip(delta));
    }

    /**
     * The set that was open when an {@code EndSet} was given has ended this way; {@code saved} is null when it
     * counted nothing and was dropped (then it is no set of the programme and is not noted).
     */
    void ended(EndReason reason, LiveSet.Saved saved) {
        int[] which = ending.isEmpty() ? new int[] {openStep, openSet} : ending.removeFirst();
        if (saved == null) {
            return;
        }
        ProgrammeStep s = programme.steps().get(which[0]);
        ended.add(new EndedSet(s.exercise().id(), which[1], s.sets(), s.reps(), saved.reps(), saved.partial(),
                saved.withFaults(), reason, Math.round(lastMicros / 1e3) / 1e3, saved.folder().dir().toString()));
    }

    String name() {
        return programme.name();
    }

    String statusLine() {
        return director.statusLine();
    }

    /** The programme, every set as it ended, and what was said when: {@code PROGRAMME-NAME.programme.json}. */
    Map<String, Object> summary(String input) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "repcam-programme-run/1");
        doc.put("programme", programme.name());
        doc.put("source", programme.source());
        doc.put("input", input);
        doc.put("note", programme.note());
        List<Map<String, Object>> plan = new ArrayList<>();
        int setsDone = 0;
        int repsDone = 0;
        int repsPlanned = 0;
        for (ProgrammeStep s : programme.steps()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("exercise", s.exercise().id());
            p.put("sets", s.sets());
            p.put("reps", s.reps());
            p.put("rest_seconds", s.restSeconds());
            int done = 0;
            int reps = 0;
            for (EndedSet e : ended) {
                if (e.exercise().equals(s.exercise().id()) && e.set() <= s.sets()) {
                    done++;
                    reps += Math.min(e.reps(), s.reps());
                }
            }
            p.put("sets_done", Math.min(done, s.sets()));
            p.put("reps_done", reps);
            setsDone += Math.min(done, s.sets());
            repsDone += reps;
            repsPlanned += s.sets() * s.reps();
            plan.add(p);
        }
        doc.put("plan", plan);
        doc.put("adherence", Map.of("sets_done", setsDone, "sets_planned", programme.totalSets(), "reps_done",
                repsDone, "reps_planned", repsPlanned));
        List<Map<String, Object>> sets = new ArrayList<>();
        for (EndedSet e : ended) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("exercise", e.exercise());
            m.put("set", e.set());
            m.put("of", e.of());
            m.put("target", e.target());
            m.put("reps", e.reps());
            m.put("partial_reps", e.partial());
            m.put("reps_with_faults", e.withFaults());
            m.put("ended", e.reason().name().toLowerCase(java.util.Locale.ROOT));
            m.put("end_s", e.endSeconds());
            m.put("folder", e.folder());
            sets.add(m);
        }
        doc.put("sets", sets);
        doc.put("said", announcements);
        return doc;
    }

    private List<Instruction> noted(List<Instruction> instructions) {
        for (Instruction i : instructions) {
            if (i instanceof ProgrammeDirector.EndSet) {
                ending.addLast(new int[] {openStep, openSet});
            } else if (i instanceof ProgrammeDirector.StartSet s) {
                openStep = s.stepIndex();
                openSet = s.set();
            } else if (i instanceof ProgrammeDirector.Announce a) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("t", Math.round(lastMicros / 1e4) / 100.0);
                m.put("text", a.text());
                announcements.add(m);
            }
        }
        return instructions;
    }
}
