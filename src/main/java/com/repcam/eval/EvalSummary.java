package com.repcam.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over a set of clips, with RepCount-A's two count metrics: MAE, the mean over clips of
 * |counted - true| / true, and OBO, the share of clips counted within one rep.
 */
public record EvalSummary(List<ClipScore> clips) {

    public EvalSummary {
        clips = List.copyOf(clips);
    }

    public long exactClips() {
        return clips.stream().filter(ClipScore::exact).count();
    }

    public double meanAbsoluteError() {
        return clips.stream().mapToDouble(ClipScore::normalisedAbsoluteError).filter(d -> !Double.isNaN(d))
                .average().orElse(Double.NaN);
    }

    public double offByOneAccuracy() {
        return clips.isEmpty() ? Double.NaN
                : clips.stream().filter(ClipScore::offByAtMostOne).count() / (double) clips.size();
    }

    public Map<String, FaultTally> faults() {
        Map<String, FaultTally> total = new TreeMap<>();
        clips.forEach(c -> c.faults().forEach((k, v) -> total.merge(k, v, FaultTally::plus)));
        return total;
    }

    /** The timing of the counted reps matched to true ones, over all clips. */
    public TimingSummary timing() {
        return TimingSummary.of(clips.stream().flatMap(c -> c.timing().stream()).toList());
    }

    public long framesNoPerson() {
        return clips.stream().mapToLong(ClipScore::framesNoPerson).sum();
    }

    public long frames() {
        return clips.stream().mapToLong(ClipScore::frames).sum();
    }
}
