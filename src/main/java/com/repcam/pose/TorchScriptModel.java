package com.repcam.pose;

import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One TorchScript file loaded into DJL's PyTorch engine, with a predictor that runs its translator. A sibling
 * shares the loaded weights and has a predictor of its own, for another thread; only the original closes the model.
 */
final class TorchScriptModel<I, O> implements AutoCloseable {

    private final Path file;
    private final ZooModel<I, O> model;
    private final Predictor<I, O> predictor;
    private final boolean ownsModel;

    private TorchScriptModel(Path file, ZooModel<I, O> model, boolean ownsModel) {
        this.file = file;
        this.model = model;
        this.predictor = model.newPredictor();
        this.ownsModel = ownsModel;
    }

    /** A predictor of its own over the same loaded model; close it before the original. */
    TorchScriptModel<I, O> sibling() {
        return new TorchScriptModel<>(file, model, false);
    }

    static <I, O> TorchScriptModel<I, O> load(Path file, Class<I> in, Class<O> out, Translator<I, O> translator)
            throws ModelFileException {
        Criteria<I, O> criteria = Criteria.builder()
                .setTypes(in, out)
                .optEngine("PyTorch")
                .optModelPath(file)
                .optTranslator(translator)
                .build();
        try {
            return new TorchScriptModel<>(file, criteria.loadModel(), true);
        } catch (IOException | MalformedModelException | ModelNotFoundException | EngineException e) {
            throw new ModelFileException("Model file " + file + " could not be loaded by libtorch: "
                    + e.getMessage() + ". Regenerate it with tools/convert/convert.sh (see models/MODELS.md).", e);
        }
    }

    O predict(I input) {
        try {
            return predictor.predict(input);
        } catch (TranslateException e) {
            throw new IllegalStateException("inference failed on " + file, e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        if (ownsModel) {
            model.close();
        }
    }
}
