package com.repcam.live;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The live window (plain Swing): shows the newest picture scaled to the window, turns key presses into
 * {@link LiveAction}s and closing the window into {@link LiveAction#QUIT}. Reports each drawn picture's delay
 * since capture to the stats.
 */
final class LiveWindow implements LiveView {

    private record Picture(BufferedImage image, long capturedNanos) {
    }

    private final JFrame frame;
    private final Canvas canvas;
    private final LiveStats stats;
    private final AtomicReference<Picture> pending = new AtomicReference<>();
    private final AtomicBoolean paintScheduled = new AtomicBoolean();

    private LiveWindow(JFrame frame, Canvas canvas, LiveStats stats) {
        this.frame = frame;
        this.canvas = canvas;
        this.stats = stats;
    }

    /**
     * Opens the window, or says why it cannot.
     *
     * @param actions receives key and close actions (on the AWT thread)
     */
    static LiveWindow open(String title, int width, int height, LiveStats stats, Consumer<LiveAction> actions)
            throws NoDisplayException {
        checkDisplay();
        try {
            AtomicReference<LiveWindow> made = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> made.set(create(title, width, height, stats, actions)));
            return made.get();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HeadlessException || cause instanceof AWTError || cause instanceof InternalError
                    || cause instanceof UnsatisfiedLinkError || cause instanceof NoClassDefFoundError) {
                throw new NoDisplayException(NEEDS + "the display " + System.getenv("DISPLAY")
                        + " cannot be opened (" + firstLine(cause) + ")" + TODO, cause);
            }
            throw new IllegalStateException("cannot open the live window", cause);
        } catch (HeadlessException | AWTError | InternalError | UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new NoDisplayException(NEEDS + "the display " + System.getenv("DISPLAY") + " cannot be opened ("
                    + firstLine(e) + ")" + TODO, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoDisplayException("interrupted while opening the window", e);
        }
    }

    private static final String NEEDS = "RepCam live needs a screen for its window, and ";
    private static final String TODO = ". Run it on a desktop (or under Xvfb: xvfb-run -a java -jar target/repcam.jar "
            + "live ...), or analyse a recording instead: repcam analyze VIDEO --exercise ID.";

    /**
     * Fails when there is plainly no display: Java runs headless, or (on Linux and other X11 systems) DISPLAY is
     * not set. RepCam sets java.awt.headless=false, which makes Java skip that DISPLAY check itself. A display
     * that is set but cannot be opened is found when the window opens.
     */
    static void checkDisplay() throws NoDisplayException {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        String display = System.getenv("DISPLAY");
        if (x11 && (display == null || display.isBlank())) {
            throw new NoDisplayException(NEEDS + "DISPLAY is not set (no desktop session)" + TODO, null);
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new NoDisplayException(NEEDS + "Java runs headless (java.awt.headless=true)" + TODO, null);
        }
    }

    private static LiveWindow create(String title, int width, int height, LiveStats stats,
                                     Consumer<LiveAction> actions) {
        JFrame f = new JFrame(title);
        Canvas c = new Canvas();
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        double fit = Math.min(1.0, Math.min(screen.width * 0.95 / width, screen.height * 0.9 / height));
        c.setPreferredSize(new Dimension((int) (width * fit), (int) (height * fit)));
        f.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        f.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                actions.accept(LiveAction.QUIT);
            }
        });
        KeyAdapter keys = new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                KeyBindings.action(e.getKeyChar(), e.getKeyCode()).ifPresent(actions);
            }
        };
        f.addKeyListener(keys);
        c.addKeyListener(keys);
        c.setFocusable(true);
        f.getContentPane().add(c);
        f.pack();
        f.setLocation(0, 0);
        f.setVisible(true);
        c.requestFocusInWindow();
        LiveWindow w = new LiveWindow(f, c, stats);
        c.window = w;
        return w;
    }

    @Override
    public void show(Mat bgr, long capturedNanos) {
        BufferedImage image = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (bgr.isContinuous()) {
            bgr.data().get(pixels);
        } else {
            try (Mat copy = bgr.clone()) {
                copy.data().get(pixels);
            }
        }
        if (pending.getAndSet(new Picture(image, capturedNanos)) != null) {
            stats.notShown();
        }
        if (paintScheduled.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                paintScheduled.set(false);
                canvas.paintImmediately(new Rectangle(0, 0, canvas.getWidth(), canvas.getHeight()));
            });
        }
    }

    /** Called on the AWT thread when the canvas paints. */
    private void draw(Graphics g, int w, int h) {
        Picture p = pending.getAndSet(null);
        if (p != null) {
            canvas.current = p.image();
        }
        BufferedImage image = canvas.current;
        if (image == null) {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, w, h);
            return;
        }
        ((java.awt.Graphics2D) g).setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double k = Math.min(w / (double) image.getWidth(), h / (double) image.getHeight());
        int dw = (int) Math.round(image.getWidth() * k);
        int dh = (int) Math.round(image.getHeight() * k);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
        if (p != null) {
            Toolkit.getDefaultToolkit().sync();
            stats.drawn(p.capturedNanos(), System.nanoTime());
        }
    }

    @Override
    public void close() {
        SwingUtilities.invokeLater(frame::dispose);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Paints the newest picture. */
    private static final class Canvas extends JComponent {
        private LiveWindow window;
        private BufferedImage current;

        @Override
        protected void paintComponent(Graphics g) {
            if (window != null) {
                window.draw(g, getWidth(), getHeight());
            }
        }
    }
}
