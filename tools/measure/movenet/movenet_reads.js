// Reads MoveNet Thunder's 17 keypoints on raw frames, each through a given square crop, and writes them as
// RepCam's pose JSON (docs/pose-json.md: frames with index, width, height and named landmarks; MoveNet's COCO
// names are BlazePose's for these joints), so that tools/measure/landmark_error.py scores both models alike.
//
// usage: node movenet_reads.js MODEL.json FRAMES.rgb WIDTH HEIGHT CROPS.txt STRIDE > POSE.json
//   FRAMES.rgb: rgb24 frames of WIDTH x HEIGHT, every STRIDE-th frame of the clip (ffmpeg -f rawvideo)
//   CROPS.txt:  a line per frame in FRAMES.rgb: centre x, centre y and side of the square crop, pixels, or "none"
//               (the frame is not read and written without landmarks)
// MoveNet's input is a 256x256 int32 picture; its output y, x and score per keypoint, in the crop.
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
const converter = require('@tensorflow/tfjs-converter');
const fs = require('fs');
const path = require('path');

const NAMES = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder',
  'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip', 'left_knee', 'right_knee',
  'left_ankle', 'right_ankle'];
const INPUT = 256;

async function main() {
  const [modelJson, framesFile, w, h, cropsFile, strideText] = process.argv.slice(2);
  const width = Number(w);
  const height = Number(h);
  const stride = Number(strideText);
  await tf.setBackend('cpu');
  const spec = JSON.parse(fs.readFileSync(modelJson));
  const weights = fs.readFileSync(path.join(path.dirname(modelJson), spec.weightsManifest[0].paths[0]));
  const model = await converter.loadGraphModel(tf.io.fromMemory({
    modelTopology: spec.modelTopology,
    weightSpecs: spec.weightsManifest[0].weights,
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  }));
  const crops = fs.readFileSync(cropsFile, 'utf8').trim().split('\n')
    .map(line => line === 'none' ? null : line.split(' ').map(Number));
  const frames = fs.readFileSync(framesFile);
  const frameBytes = width * height * 3;
  const count = Math.min(crops.length, frames.length / frameBytes);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (crops[i] === null) {
      out.push({index: i * stride, width, height, landmarks: []});
      continue;
    }
    const [cx, cy, side] = crops[i];
    const points = tf.tidy(() => {
      const picture = tf.tensor(new Float32Array(frames.subarray(i * frameBytes, (i + 1) * frameBytes)),
        [1, height, width, 3]);
      const box = [[(cy - side / 2) / height, (cx - side / 2) / width, (cy + side / 2) / height,
        (cx + side / 2) / width]];
      const input = tf.cast(tf.round(tf.image.cropAndResize(picture, box, [0], [INPUT, INPUT])), 'int32');
      return model.execute(input);
    });
    const k = await points.data();
    points.dispose();
    out.push({
      index: i * stride,
      width,
      height,
      landmarks: NAMES.map((name, p) => ({
        name,
        x: (cx - side / 2 + k[3 * p + 1] * side) / width,
        y: (cy - side / 2 + k[3 * p] * side) / height,
        visibility: k[3 * p + 2],
      })),
    });
  }
  process.stdout.write(JSON.stringify({schema: 'movenet-study', model: 'movenet-thunder', frames: out}) + '\n');
}

main().catch(e => {
  console.error(e.message);
  process.exit(1);
});
