package com.repcam.pose;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Chooses which of libtorch's CPU kernels run the pose models, before libtorch computes anything. Where the CPU
 * has AVX-512, a probe in a JVM of its own ({@link CpuKernelProbe}) checks the detector's outputs with the kernels
 * oneDNN would pick; when they are wrong and its AVX2 kernels are right, oneDNN is limited to AVX2 in this process
 * ({@code ONEDNN_MAX_CPU_ISA}, which oneDNN reads when it first runs). The verdict is kept per CPU and libtorch
 * build in {@code ~/.cache/repcam/cpu-kernels.properties}, so the probe (about 3 s) runs once per machine. A limit
 * the user has set in the environment is left alone. {@link CpuKernelCheck} checks the loaded models again in
 * this process whatever was chosen.
 */
final class CpuKernels {

    static final String ISA_VARIABLE = "ONEDNN_MAX_CPU_ISA";
    /** The name oneDNN read before version 2, still read. */
    private static final String OLD_ISA_VARIABLE = "DNNL_MAX_CPU_ISA";
    static final String SAFE_ISA = "AVX2";
    private static final String DEFAULT = "default";
    private static final long PROBE_SECONDS = 180;

    private static boolean chosen;

    private CpuKernels() {
    }

    /** Once per process, before libtorch runs a model: limits oneDNN to AVX2 when its default kernels are wrong. */
    static synchronized void choose(Path modelsDir) {
        if (chosen) {
            return;
        }
        chosen = true;
        if (System.getenv(ISA_VARIABLE) != null || System.getenv(OLD_ISA_VARIABLE) != null) {
            return;
        }
        String cpu = cpuInfo();
        if (cpu == null || !cpu.contains(" avx512f")) {
            return; // no AVX-512 (or not Linux): oneDNN's default kernels are the ones checked everywhere
        }
        String key = sha256(cpu + "\n" + libtorchBuild()).substring(0, 24);
        Path cache = cacheFile();
        Properties known = load(cache);
        String verdict = known.getProperty(key);
        if (verdict == null) {
            verdict = probe(modelsDir);
            if (verdict != null) {
                known.setProperty(key, verdict);
                store(cache, known);
            }
        }
        if (SAFE_ISA.equals(verdict)) {
            LibC libc = Native.load("c", LibC.class);
            libc.setenv(ISA_VARIABLE, SAFE_ISA, 1);
            libc.setenv(OLD_ISA_VARIABLE, SAFE_ISA, 1);
        }
    }

    /** "default", SAFE_ISA, or null when the probe could not tell (then nothing is limited or remembered). */
    private static String probe(Path modelsDir) {
        ProbeResult asIs = runProbe(modelsDir, null);
        if (asIs.exitCode() != CpuKernelProbe.WRONG) {
            return asIs.exitCode() == 0 ? DEFAULT : null;
        }
        ProbeResult limited = runProbe(modelsDir, SAFE_ISA);
        if (limited.exitCode() != 0) {
            return null; // wrong either way: the check in this process reports it
        }
        System.err.println("repcam: note: libtorch's AVX-512 kernels compute the pose models wrongly on this CPU ("
                + asIs.output().strip() + "); RepCam uses its AVX2 kernels here (checked once, remembered in "
                + cacheFile() + ").");
        return SAFE_ISA;
    }

    private record ProbeResult(int exitCode, String output) {
    }

    private static ProbeResult runProbe(Path modelsDir, String isa) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("ai.djl."))
                .forEach(p -> command.add("-D" + p + "=" + System.getProperty(p)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CpuKernelProbe.class.getName(),
                modelsDir.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (isa != null) {
            pb.environment().put(ISA_VARIABLE, isa);
            pb.environment().put(OLD_ISA_VARIABLE, isa);
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes(); // until the probe exits: it prints a line or two
            }
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new ProbeResult(CpuKernelProbe.FAILED, "timed out");
            }
            String text = new String(out, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(CpuKernelProbe.SAYS))
                    .map(l -> l.substring(CpuKernelProbe.SAYS.length())).reduce("", (a, b) -> a + b + "\n");
            return new ProbeResult(p.exitValue(), text);
        } catch (IOException e) {
            return new ProbeResult(CpuKernelProbe.FAILED, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProbeResult(CpuKernelProbe.FAILED, e.toString());
        }
    }

    /** The first processor's identity and feature flags from /proc/cpuinfo, or null where there is none. */
    private static String cpuInfo() {
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.isBlank()) {
                    break;
                }
                String field = line.split(":", 2)[0].trim();
                if (List.of("vendor_id", "cpu family", "model", "model name", "stepping", "flags").contains(field)) {
                    sb.append(line.replaceAll("\\s+", " ")).append('\n');
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Which libtorch build would run (the native jar it comes from). */
    private static String libtorchBuild() {
        URL lib = CpuKernels.class.getResource("/pytorch/cpu/linux-x86_64/libtorch.so");
        return lib == null ? "unknown libtorch" : lib.toString().replaceFirst("!.*", "").replaceFirst(".*/", "");
    }

    private static Path cacheFile() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("repcam").resolve("cpu-kernels.properties");
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            // not there yet, or unreadable: probe again
        }
        return p;
    }

    private static void store(Path file, Properties known) {
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), "cpu-kernels", ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                known.store(out, "RepCam: libtorch CPU kernels checked on this machine (CPU and libtorch build hash"
                        + " = default | " + SAFE_ISA + ")");
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not writable: the probe runs again next time
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The C library's setenv: oneDNN reads the process environment, which Java cannot change. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }
}
