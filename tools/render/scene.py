"""Blender scene for RepCam's rendered samples: a person built from capsules and ellipsoids on a mat, with a
chair, floor, wall and lights, animated by motion.py, rendered with EEVEE, plus exact truth.

    blender -b --factory-startup -P tools/render/scene.py -- PARAMS.json OUT_DIR

Writes OUT_DIR/frames/f_0001.png..., OUT_DIR/truth.json and OUT_DIR/joints2d.csv (projected joint pixels).
"""
import json
import math
import os
import sys

import bpy
from bpy_extras.object_utils import world_to_camera_view
from mathutils import Matrix, Vector

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import motion  # noqa: E402

JOINTS_2D = ["head", "nose", "ear", "shoulder", "elbow", "wrist", "hip", "knee", "ankle"]


def material(name, rgb, rough=0.6):
    m = bpy.data.materials.new(name)
    m.use_nodes = True
    bsdf = m.node_tree.nodes["Principled BSDF"]
    bsdf.inputs["Base Color"].default_value = (*rgb, 1)
    bsdf.inputs["Roughness"].default_value = rough
    return m


def add(obj, mat):
    obj.data.materials.append(mat)
    bpy.ops.object.shade_smooth()
    return obj


def sphere(r, mat, scale=(1, 1, 1)):
    bpy.ops.mesh.primitive_uv_sphere_add(segments=20, ring_count=12, radius=r)
    o = bpy.context.object
    o.scale = scale
    o.rotation_mode = "QUATERNION"
    return add(o, mat)


def cone(r1, r2, mat):
    bpy.ops.mesh.primitive_cone_add(vertices=18, radius1=r1, radius2=r2, depth=1.0)
    o = bpy.context.object
    o.rotation_mode = "QUATERNION"
    return add(o, mat)


def box(size, loc, mat):
    bpy.ops.mesh.primitive_cube_add(size=1, location=loc)
    o = bpy.context.object
    o.scale = size
    o.data.materials.append(mat)
    return o


def along(d, lateral):
    """Rotation taking local Z along d with local X toward `lateral` (as d.to_track_quat("Z", "Y") does for a d in
    the person's sagittal plane, but also defined for an upright d)."""
    z = d.normalized()
    x = lateral - z * lateral.dot(z)
    if x.length < 1e-6:
        return d.to_track_quat("Z", "Y")
    x.normalize()
    return Matrix((x, z.cross(x), z)).transposed().to_quaternion()


def across(d, lateral):
    """Rotation taking local Z along d with local Y toward `lateral` (d.to_track_quat("Z", "X") in the sagittal
    plane with lateral = the person's right)."""
    z = d.normalized()
    y = lateral - z * lateral.dot(z)
    y.normalize()
    return Matrix((y.cross(z), y, z)).transposed().to_quaternion()


def place_segment(o, a, b, frame, lateral):
    a, b = Vector(a), Vector(b)
    d = b - a
    o.location = (a + b) / 2
    o.rotation_quaternion = along(d, lateral)
    o.scale = (1, 1, max(d.length, 1e-4))
    for path in ("location", "rotation_quaternion", "scale"):
        o.keyframe_insert(path, frame=frame)


def place_point(o, p, frame, direction=None, lateral=None):
    o.location = Vector(p)
    o.keyframe_insert("location", frame=frame)
    if direction is not None:
        o.rotation_quaternion = along(Vector(direction), lateral)
        o.keyframe_insert("rotation_quaternion", frame=frame)


class Figure:
    def __init__(self, body):
        h = body["height"]
        build = body.get("build", 1.0)
        self.L = motion.body_lengths(body)
        self.build = build
        skin = material("skin", body.get("skin", [0.8, 0.6, 0.48]), 0.5)
        shirt = material("shirt", body.get("shirt", [0.2, 0.35, 0.7]), 0.8)
        pants = material("pants", body.get("pants", [0.15, 0.15, 0.18]), 0.8)
        hair = material("hair", body.get("hair", [0.12, 0.08, 0.05]), 0.9)
        dark = material("eye", [0.03, 0.03, 0.03], 0.3)
        s = build * h / 1.72
        self.parts = {}
        for side in ("l", "r"):
            self.parts["thigh_" + side] = cone(0.075 * s, 0.055 * s, pants)
            self.parts["shin_" + side] = cone(0.052 * s, 0.04 * s, pants)
            self.parts["upper_arm_" + side] = cone(0.05 * s, 0.04 * s, shirt)
            self.parts["forearm_" + side] = cone(0.038 * s, 0.03 * s, skin)
            self.parts["hand_" + side] = sphere(0.045 * s, skin, (0.7, 1.0, 1.6))
            self.parts["foot_" + side] = cone(0.04 * s, 0.035 * s, pants)
            for j, r, m in (("shoulder", 0.06, shirt), ("elbow", 0.042, shirt), ("wrist", 0.032, skin),
                            ("hip", 0.08, pants), ("knee", 0.056, pants), ("ankle", 0.042, pants)):
                self.parts[j + "_" + side] = sphere(r * s, m)
            self.parts["ear_" + side] = sphere(0.022 * s, skin, (0.6, 1.0, 1.3))
            self.parts["eye_" + side] = sphere(0.011 * s, dark)
        self.parts["pelvis"] = sphere(1.0, pants)
        self.parts["torso"] = sphere(1.0, shirt)
        self.parts["chest"] = sphere(1.0, shirt)
        self.parts["neck"] = cone(0.045 * s, 0.04 * s, skin)
        self.parts["head"] = sphere(self.L["head"] * 0.95, skin, (1.05, 0.95, 1.1))
        self.parts["hair"] = sphere(self.L["head"] * 1.0, hair, (1.0, 1.0, 1.05))
        self.parts["nose"] = cone(0.016 * s, 0.004 * s, skin)
        self.parts["nose"].scale = (1, 1, 0.035 * s)
        self.s = s

    def keyframe(self, j, frame, body):
        """Keyframes one full body pose (motion.body_at) and returns its room points, head and nose."""
        p = {k: Vector(v) for k, v in motion.body_points(j, body).items()}
        yaw = math.radians(j.get("yaw", 0.0))
        lateral = Vector((-math.sin(yaw), math.cos(yaw), 0))  # the person's left, in the room

        def room(v):  # a body-frame direction (x forward, y left, z up) in the room
            return Vector((math.cos(yaw) * v.x - math.sin(yaw) * v.y, math.sin(yaw) * v.x + math.cos(yaw) * v.y, v.z))

        P = self.parts
        for side in ("l", "r"):
            place_segment(P["thigh_" + side], p["hip_" + side], p["knee_" + side], frame, lateral)
            place_segment(P["shin_" + side], p["knee_" + side], p["ankle_" + side], frame, lateral)
            place_segment(P["upper_arm_" + side], p["shoulder_" + side], p["elbow_" + side], frame, lateral)
            place_segment(P["forearm_" + side], p["elbow_" + side], p["wrist_" + side], frame, lateral)
            place_segment(P["foot_" + side], p["heel_" + side], p["toe_" + side], frame, lateral)
            hand_mid = (p["wrist_" + side] + p["hand_tip_" + side]) / 2
            place_point(P["hand_" + side], hand_mid, frame, p["hand_tip_" + side] - p["wrist_" + side], lateral)
            for k in ("shoulder", "elbow", "wrist", "hip", "knee", "ankle"):
                place_point(P[k + "_" + side], p[k + "_" + side], frame)
        hip_mid, sh_mid = p["hip"], p["shoulder"]
        trunk = sh_mid - hip_mid
        lift = Vector((0, 0, j["upper_back_lift"]))
        # torso: an ellipsoid from hips to shoulders, a pelvis, and a chest that rises with the upper back
        t = P["torso"]
        t.location = (hip_mid + sh_mid) / 2 + lift * 0.4
        t.rotation_quaternion = across(trunk, -lateral)
        t.scale = (0.11 * self.s, self.L["shoulder_half"] * self.build * 0.95, trunk.length * 0.55)
        for path in ("location", "rotation_quaternion", "scale"):
            t.keyframe_insert(path, frame=frame)
        c = P["chest"]
        c.location = sh_mid - trunk * 0.18 + lift
        c.rotation_quaternion = across(trunk, -lateral)
        c.scale = (0.12 * self.s, self.L["shoulder_half"] * self.build, trunk.length * 0.3)
        for path in ("location", "rotation_quaternion", "scale"):
            c.keyframe_insert(path, frame=frame)
        pv = P["pelvis"]
        pv.location = hip_mid + trunk * 0.05
        pv.rotation_quaternion = across(trunk, -lateral)
        pv.scale = (0.1 * self.s, self.L["hip_half"] * self.build * 1.25, 0.12 * self.s)
        for path in ("location", "rotation_quaternion", "scale"):
            pv.keyframe_insert(path, frame=frame)
        nb = p["neck_base"]
        nd = room(Vector((j["neck_dir"][0], 0, j["neck_dir"][1])))
        head = p["head"]
        place_segment(P["neck"], nb, nb + nd * (self.L["neck"] + self.L["head"] * 0.4), frame, lateral)
        # hair covers the back and top of the head: shifted against the face direction
        # the face points "down" from the neck line on all fours, forward when upright; a pose may turn the head
        # on the neck (`head_dir`, e.g. a chin tuck keeps the eyes level while the neck line moves)
        hdir = j.get("head_dir", j["neck_dir"])
        nd = room(Vector((hdir[0], 0, hdir[1])))
        place_point(P["head"], head, frame, nd, lateral)
        up = room(Vector((-hdir[1], 0, hdir[0])))
        place_point(P["hair"], head - nd * 0.012 + up * 0.018, frame, nd, lateral)
        face = -up
        nose = head + nd * self.L["head"] * 0.55 + face * self.L["head"] * 0.8
        place_point(P["nose"], nose, frame, face, lateral)
        for side, sign in (("l", 1), ("r", -1)):
            place_point(P["ear_" + side], head + lateral * sign * self.L["head"] * 0.95 - nd * 0.005, frame, nd,
                        lateral)
            place_point(P["eye_" + side], head + nd * self.L["head"] * 0.45 + face * self.L["head"] * 0.78
                        + lateral * sign * self.L["head"] * 0.35, frame)
        return p, head, nose, lateral


def build_scene(params, chair_x):
    scene = bpy.context.scene
    for o in list(bpy.data.objects):
        bpy.data.objects.remove(o, do_unlink=True)
    floor = material("floor", params.get("floor", [0.55, 0.42, 0.3]), 0.7)
    wall = material("wall", params.get("wall", [0.82, 0.8, 0.74]), 0.9)
    mat = material("mat", params.get("mat", [0.25, 0.5, 0.45]), 0.9)
    wood = material("wood", [0.45, 0.28, 0.14], 0.6)
    box((8, 8, 0.02), (0.3, 0, -0.01), floor)
    cam = params.get("camera", {})
    near = 1 if cam.get("near_side", "left") == "left" else -1
    box((8, 0.05, 3), (0.3, -near * 1.6, 1.5), wall)
    if cam.get("azimuth_deg", 0) > 50:  # seen from the front: a wall behind the person too
        box((0.05, 8, 3), (-2.6, 0, 1.5), wall)
    # the mat under the body: the upper-back exercises' place, else below the library exercise's camera target
    ex = params["exercise"]
    mat_x = motion.library.camera_defaults(ex)[0][0] if motion.library.known(ex) else 0.25
    box((1.9, 0.65, 0.012), (mat_x, 0, 0.006), mat)
    chair = params.get("chair")  # a chair in the room for any exercise: {"x": front edge of the seat, m}
    if params["exercise"] == "thoracic-extension" or chair:
        cx = (chair or {}).get("x", chair_x) + 0.22
        box((0.42, 0.44, 0.04), (cx, 0, 0.46), wood)
        for dx in (-0.18, 0.18):
            for dy in (-0.19, 0.19):
                box((0.035, 0.035, 0.46), (cx + dx, dy, 0.23), wood)
        box((0.035, 0.44, 0.45), (cx + 0.2, 0, 0.7), wood)
    light = params.get("light", {})
    bpy.ops.object.light_add(type="SUN", location=(0, 0, 5))
    sun = bpy.context.object
    sun.data.energy = light.get("sun", 3.0)
    sun.rotation_euler = (math.radians(40), math.radians(15), math.radians(light.get("sun_azimuth", 30)))
    bpy.ops.object.light_add(type="AREA", location=(0.4, near * 2.5, 2.2))
    area = bpy.context.object
    area.data.energy = light.get("fill", 250)
    area.data.size = 3
    area.rotation_euler = (math.radians(-near * 50), 0, 0)
    world = bpy.data.worlds.new("world") if bpy.context.scene.world is None else bpy.context.scene.world
    scene.world = world
    world.use_nodes = True
    world.node_tree.nodes["Background"].inputs["Color"].default_value = (0.5, 0.55, 0.6, 1)
    world.node_tree.nodes["Background"].inputs["Strength"].default_value = light.get("ambient", 0.6)
    # camera on the near side, looking at the middle of the body
    target = Vector(motion.camera_target(params))
    pos = Vector(motion.camera_pose(params)[0])
    bpy.ops.object.camera_add(location=pos)
    camera = bpy.context.object
    camera.rotation_mode = "QUATERNION"
    camera.rotation_quaternion = (target - pos).to_track_quat("-Z", "Y")
    camera.data.lens = cam.get("lens_mm", 30)
    scene.camera = camera
    w, h = params["resolution"]
    scene.render.resolution_x = w
    scene.render.resolution_y = h
    scene.render.resolution_percentage = 100
    scene.render.engine = "BLENDER_EEVEE"
    scene.eevee.taa_render_samples = params.get("samples", 8)
    scene.eevee.use_soft_shadows = False
    scene.render.image_settings.file_format = "PNG"
    return scene, camera


def main():
    argv = sys.argv[sys.argv.index("--") + 1:]
    params = json.load(open(argv[0]))
    out = argv[1]
    os.makedirs(os.path.join(out, "frames"), exist_ok=True)
    segments, end, truth = motion.plan(params)
    fps = params["fps"]
    frames = int(round(end * fps))
    body = params.get("body", {"height": 1.72})
    chair_x = motion.CHAIR_X
    scene, camera = build_scene(params, chair_x)
    figure = Figure(body)
    scene.render.fps = fps
    scene.frame_start = 1
    scene.frame_end = frames
    poses = []
    keys = motion.get_down_keys(params["exercise"], body, chair_x, motion.STAND_X)
    for f in range(frames):
        j = motion.body_at(params, segments, f / fps, chair_x, keys)
        poses.append(figure.keyframe(j, f + 1, body))
    bpy.context.view_layer.update()
    near = "l" if params.get("camera", {}).get("near_side", "left") == "left" else "r"
    w, h = params["resolution"]
    with open(os.path.join(out, "joints2d.csv"), "w") as csv:
        csv.write("frame,time_s," + ",".join(f"{k}_x,{k}_y" for k in JOINTS_2D) + "\n")
        for f, (p3, head, nose, lateral) in enumerate(poses):
            pts = {"head": head, "nose": nose, "ear": head + lateral * (1 if near == "l" else -1) * 0.07}
            for k in ("shoulder", "elbow", "wrist", "hip", "knee", "ankle"):
                pts[k] = p3[k + "_" + near]
            row = [str(f), f"{f / fps:.4f}"]
            for k in JOINTS_2D:
                v = world_to_camera_view(scene, camera, Vector(pts[k]))
                row += [f"{v.x * w:.1f}", f"{(1 - v.y) * h:.1f}"]
            csv.write(",".join(row) + "\n")
    with open(os.path.join(out, "truth.json"), "w") as fh:
        json.dump(motion.truth_document(params, end, truth, frames, segments), fh, indent=2)
    if os.environ.get("RENDER_FRAMES"):  # previews: only these frames (1-based), as OUT_DIR/frames/f_NNNN.png
        for f in (int(v) for v in os.environ["RENDER_FRAMES"].split(",")):
            scene.frame_set(f)
            scene.render.filepath = os.path.join(out, "frames", f"f_{f:04d}.png")
            bpy.ops.render.render(write_still=True)
    elif not params.get("truth_only"):
        scene.render.filepath = os.path.join(out, "frames", "f_")
        bpy.ops.render.render(animation=True)


main()
