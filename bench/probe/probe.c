/*
 * probe: starts a program in the current X display and measures, from outside the program,
 * how long it takes until the screen shows its settled content, its peak memory, and
 * (optionally) how long the program takes to redraw after key presses.
 *
 *   probe [-i INTERVAL_MS] [-s SETTLE_MS] [-t TIMEOUT_MS] [-p SIGNIFICANT_PX]
 *         [-l TIMELINE.tsv] [-f FIRST.ppm] [-k "KEY..."]... [-K KEY_SETTLE_MS] [-F LAST.ppm]
 *         [-a PREFIX] -- COMMAND [ARG...]
 *
 * Start. The display is private to the benchmark (a fresh Xvfb), so whatever appears on it is
 * the program's. Before starting the program the probe grabs the whole screen (F0). Then it
 * starts the program (fork + exec; the clock starts right before the fork) and grabs the screen
 * every INTERVAL_MS (MIT-SHM, about 1-2 ms a grab), keeping each grab that differs from the
 * previous one. It stops when the screen has changed and then not changed by more than
 * SIGNIFICANT_PX pixels for SETTLE_MS, or after TIMEOUT_MS, or when the program exits.
 * The last grab is the program's settled first screen. Reported:
 *   first_change_ms  the first grab that differs from F0 (a window, empty or not, appeared)
 *   content_ms       the first grab that differs from the settled screen by at most
 *                    SIGNIFICANT_PX pixels: the content is drawn as it stays (an empty or
 *                    unstyled first frame does not count)
 *   vmhwm_kb         the program's peak resident set size (VmHWM in /proc/PID/status), read
 *                    after the last measurement, right before the program is ended; if the
 *                    program started other processes (a launcher that starts the real program
 *                    in a child JVM), the sum of the peaks of it and every descendant then
 *                    running: never less than the peak of them together
 *   vmrss_kb, cpu_ms the same sum of resident set sizes then, and of the CPU time (user +
 *                    system) they used
 *   procs            how many processes that was (1: the program alone)
 *   left_behind      descendants still running 3 s after the program was ended: each is then
 *                    killed by its id (a launcher must end what it started; 0 is right)
 * A grab's time is taken when the grab has returned, so a time is late by at most one grab
 * (grab_ms, reported) plus the interval.
 *
 * Keys (-k, repeatable, after the first screen settled). Each -k is a space-separated list of
 * keys in xdotool's names ("Return", "Tab", "1", "alt+Left"), sent with XTest to the
 * program's window. Every key but the last is sent and then the screen is left to settle;
 * the last one is measured: from the key press until the screen shows what it settles on
 * (same rule as above, settling for KEY_SETTLE_MS, default 600). One line per -k:
 *   key n=N keys="..." first_change_ms=... content_ms=... px_changed=...
 * px_changed is how many pixels the measured key changed on screen in the end (a page change
 * changes tens of thousands; 0 means nothing happened).
 *
 * -l writes the start's kept grabs (time, pixels changed); -f the settled first screen and -F
 * the screen after the last key, as PPM images; -a PREFIX every kept grab of the start, as
 * PREFIX-NN-TIMEms.ppm (to see each frame the program showed before it settled: an empty window,
 * an unstyled first frame).
 *
 * The program is ended with SIGTERM (SIGKILL after 3 s), by its process id only; descendants
 * left running after that (see left_behind) are killed by their own ids.
 * Output: the key lines, then one line of key=value pairs on stdout. Exit 0 when the first
 * screen settled (and the program did not exit), 1 otherwise.
 */
#define _GNU_SOURCE
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/XTest.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <dirent.h>
#include <unistd.h>

typedef struct {
    double t_ms;
    uint32_t *px;
} Frame;

typedef struct {
    Frame *f;
    size_t n, cap;
} Frames;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void sleep_ms(double ms) {
    if (ms <= 0) return;
    struct timespec ts = {(time_t)(ms / 1000), (long)((ms - (time_t)(ms / 1000) * 1000) * 1e6)};
    while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
    }
}

static Display *dpy;
static Window root;
static int W, H;
static double grab_total;
static long grabs;

static XImage *shm_img; /* MIT-SHM: the server copies the screen into shared memory */
static XShmSegmentInfo shm_info;

static void shm_init(void) {
    if (!XShmQueryExtension(dpy) || getenv("PROBE_NO_SHM")) return;
    int scr = DefaultScreen(dpy);
    shm_img = XShmCreateImage(dpy, DefaultVisual(dpy, scr), DefaultDepth(dpy, scr), ZPixmap, NULL, &shm_info, W, H);
    if (!shm_img) return;
    shm_info.shmid = shmget(IPC_PRIVATE, (size_t)shm_img->bytes_per_line * H, IPC_CREAT | 0600);
    if (shm_info.shmid < 0) { XDestroyImage(shm_img); shm_img = NULL; return; }
    shm_info.shmaddr = shm_img->data = shmat(shm_info.shmid, NULL, 0);
    shm_info.readOnly = False;
    if (!XShmAttach(dpy, &shm_info)) { shmdt(shm_info.shmaddr); shm_img = NULL; }
    XSync(dpy, False);
    shmctl(shm_info.shmid, IPC_RMID, NULL); /* freed when both sides detach */
}

/* grabs the screen into a fresh buffer of W*H pixels (24-bit colour in 32-bit words) */
static uint32_t *grab(void) {
    double before = now_ms();
    uint32_t *out = NULL;
    if (shm_img && shm_img->bits_per_pixel == 32 && shm_img->bytes_per_line == W * 4) {
        if (XShmGetImage(dpy, root, shm_img, 0, 0, AllPlanes)) {
            out = malloc((size_t)W * H * 4);
            const uint32_t *in = (const uint32_t *)shm_img->data;
            for (size_t i = 0; i < (size_t)W * H; i++) out[i] = in[i] & 0xFFFFFF;
        }
    } else {
        XImage *img = XGetImage(dpy, root, 0, 0, W, H, AllPlanes, ZPixmap);
        if (img) {
            out = malloc((size_t)W * H * 4);
            for (int y = 0; y < H; y++)
                for (int x = 0; x < W; x++) out[(size_t)y * W + x] = XGetPixel(img, x, y) & 0xFFFFFF;
            XDestroyImage(img);
        }
    }
    grab_total += now_ms() - before;
    grabs++;
    return out;
}

static void write_ppm(const char *path, const uint32_t *px) {
    FILE *ppm = fopen(path, "wb");
    if (!ppm) return;
    fprintf(ppm, "P6\n%d %d\n255\n", W, H);
    for (size_t i = 0; i < (size_t)W * H; i++) {
        unsigned char rgb[3] = {(px[i] >> 16) & 0xFF, (px[i] >> 8) & 0xFF, px[i] & 0xFF};
        fwrite(rgb, 1, 3, ppm);
    }
    fclose(ppm);
}

static long diff_px(const uint32_t *a, const uint32_t *b) {
    long n = 0;
    for (size_t i = 0; i < (size_t)W * H; i++) n += a[i] != b[i];
    return n;
}

/*
 * Grabs every interval from t0 on, keeping the grabs that differ from the previous kept one
 * (the first compared with `start`), until the screen changed by more than `significant`
 * pixels and then stayed (within `significant`) for `settle` ms, or `timeout` ms passed, or
 * the child exited. Returns "settled", "timeout" or "exited".
 */
static const char *watch(pid_t pid, int *status, double t0, double interval, double settle, double timeout,
                         long significant, const uint32_t *start, Frames *frames) {
    const uint32_t *last = start;
    double last_significant = -1;
    double next = t0 + interval;
    for (;;) {
        sleep_ms(next - now_ms());
        next += interval;
        uint32_t *img = grab();
        double t = now_ms();
        if (img && memcmp(img, last, (size_t)W * H * 4) != 0) {
            long d = diff_px(img, last);
            if (frames->n == frames->cap) {
                frames->cap = frames->cap ? frames->cap * 2 : 16;
                frames->f = realloc(frames->f, frames->cap * sizeof *frames->f);
            }
            frames->f[frames->n].t_ms = t - t0;
            frames->f[frames->n].px = img;
            frames->n++;
            last = img;
            if (d > significant) last_significant = t;
        } else {
            free(img);
        }
        if (waitpid(pid, status, WNOHANG) == pid) return "exited";
        if (last_significant >= 0 && t - last_significant >= settle) return "settled";
        if (t - t0 >= timeout) return "timeout";
        if (next < now_ms()) next = now_ms(); /* fell behind: do not burst */
    }
}

/* the first kept frame that is within `significant` pixels of the last one: -1 if none */
static double content_time(const Frames *frames, long significant) {
    if (frames->n == 0) return -1;
    const uint32_t *fin = frames->f[frames->n - 1].px;
    for (size_t i = 0; i < frames->n; i++)
        if (diff_px(frames->f[i].px, fin) <= significant) return frames->f[i].t_ms;
    return -1;
}

static void free_frames(Frames *frames, const uint32_t *keep) {
    for (size_t i = 0; i < frames->n; i++)
        if (frames->f[i].px != keep) free(frames->f[i].px);
    free(frames->f);
    frames->f = NULL;
    frames->n = frames->cap = 0;
}

/* the largest viewable window directly under the root: the program's main window */
static Window main_window(void) {
    Window r, p, *kids = NULL, best = 0;
    unsigned int n = 0;
    long best_area = 0;
    if (!XQueryTree(dpy, root, &r, &p, &kids, &n)) return 0;
    for (unsigned int i = 0; i < n; i++) {
        XWindowAttributes a;
        if (XGetWindowAttributes(dpy, kids[i], &a) && a.map_state == IsViewable && a.class == InputOutput &&
            (long)a.width * a.height > best_area) {
            best_area = (long)a.width * a.height;
            best = kids[i];
        }
    }
    if (kids) XFree(kids);
    return best;
}

/* presses and releases one key in xdotool's notation: "Return", "1", "alt+Left", "shift+Tab" */
static int send_key(const char *spec) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s", spec);
    KeyCode mods[4];
    int nmods = 0;
    char *part = buf, *plus;
    while ((plus = strchr(part, '+')) && plus[1]) {
        *plus = 0;
        const char *m = !strcasecmp(part, "alt") ? "Alt_L" : !strcasecmp(part, "shift") ? "Shift_L"
                      : !strcasecmp(part, "ctrl") ? "Control_L" : !strcasecmp(part, "super") ? "Super_L" : part;
        KeySym ms = XStringToKeysym(m);
        if (ms == NoSymbol || nmods == 4) return -1;
        mods[nmods++] = XKeysymToKeycode(dpy, ms);
        part = plus + 1;
    }
    KeySym sym = XStringToKeysym(part);
    if (sym == NoSymbol) return -1;
    KeyCode code = XKeysymToKeycode(dpy, sym);
    if (!code) return -1;
    for (int i = 0; i < nmods; i++) XTestFakeKeyEvent(dpy, mods[i], True, CurrentTime);
    XTestFakeKeyEvent(dpy, code, True, CurrentTime);
    XTestFakeKeyEvent(dpy, code, False, CurrentTime);
    for (int i = nmods - 1; i >= 0; i--) XTestFakeKeyEvent(dpy, mods[i], False, CurrentTime);
    XFlush(dpy);
    return 0;
}

/* the ids of pid and of every process descended from it, from /proc (at most max) */
static int descendants(pid_t pid, pid_t *out, int max) {
    int n = 0;
    out[n++] = pid;
    for (int grew = 1; grew && n < max;) {
        grew = 0;
        DIR *proc = opendir("/proc");
        struct dirent *e;
        while (proc && (e = readdir(proc)) && n < max) {
            pid_t p = (pid_t)atoi(e->d_name);
            if (p <= 0) continue;
            int known = 0;
            for (int i = 0; i < n && !known; i++) known = out[i] == p;
            if (known) continue;
            char path[64], buf[1024];
            snprintf(path, sizeof path, "/proc/%d/stat", (int)p);
            FILE *f = fopen(path, "r");
            size_t len = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
            if (f) fclose(f);
            buf[len] = 0;
            char *q = strrchr(buf, ')');
            int ppid;
            if (!q || sscanf(q + 2, "%*c %d", &ppid) != 1) continue;
            for (int i = 0; i < n; i++) {
                if (out[i] == ppid) { out[n++] = p; grew = 1; break; }
            }
        }
        if (proc) closedir(proc);
    }
    return n;
}

/* adds one process's VmHWM, VmRSS (kB) and CPU time (ms) to the sums */
static void add_usage(pid_t p, long *hwm, long *rss, long *cpu) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)p);
    FILE *f = fopen(path, "r");
    while (f && fgets(line, sizeof line, f)) {
        if (!strncmp(line, "VmHWM:", 6)) *hwm += atol(line + 6);
        if (!strncmp(line, "VmRSS:", 6)) *rss += atol(line + 6);
    }
    if (f) fclose(f);
    snprintf(path, sizeof path, "/proc/%d/stat", (int)p);
    f = fopen(path, "r");
    char buf[4096];
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f) fclose(f);
    buf[n] = 0;
    char *q = strrchr(buf, ')'); /* the fields after the command name */
    unsigned long utime, stime;
    if (q && sscanf(q + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) == 2)
        *cpu += (long)((utime + stime) * 1000 / sysconf(_SC_CLK_TCK));
}

int main(int argc, char **argv) {
    double interval = 20, settle = 1500, timeout = 60000, key_settle = 600;
    long significant = 100;
    const char *timeline = NULL, *final_image = NULL, *last_image = NULL, *all_frames = NULL;
    const char *keys[256];
    int nkeys = 0;
    int opt;
    while ((opt = getopt(argc, argv, "+i:s:t:p:l:f:k:K:F:a:")) != -1) {
        switch (opt) {
        case 'i': interval = atof(optarg); break;
        case 's': settle = atof(optarg); break;
        case 't': timeout = atof(optarg); break;
        case 'p': significant = atol(optarg); break;
        case 'l': timeline = optarg; break;
        case 'f': final_image = optarg; break;
        case 'k': if (nkeys < 256) keys[nkeys++] = optarg; break;
        case 'K': key_settle = atof(optarg); break;
        case 'F': last_image = optarg; break;
        case 'a': all_frames = optarg; break;
        default:
            fprintf(stderr, "usage: probe [-i MS] [-s MS] [-t MS] [-p PX] [-l FILE] [-f FILE] [-k KEYS]... [-K MS] [-F FILE]"
                            " [-a PREFIX] -- COMMAND...\n");
            return 2;
        }
    }
    if (optind < argc && !strcmp(argv[optind], "--")) optind++;
    if (optind >= argc) { fprintf(stderr, "probe: no command\n"); return 2; }

    dpy = XOpenDisplay(NULL);
    if (!dpy) { fprintf(stderr, "probe: cannot open display\n"); return 2; }
    root = DefaultRootWindow(dpy);
    W = DisplayWidth(dpy, DefaultScreen(dpy));
    H = DisplayHeight(dpy, DefaultScreen(dpy));
    int xtest_ev, xtest_err, xtest_major, xtest_minor;
    int have_xtest = XTestQueryExtension(dpy, &xtest_ev, &xtest_err, &xtest_major, &xtest_minor);

    shm_init();
    uint32_t *f0 = grab();
    if (!f0) { fprintf(stderr, "probe: cannot grab the screen\n"); return 2; }

    int status = 0;
    fflush(stdout);
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid < 0) { perror("probe: fork"); return 2; }
    if (pid == 0) {
        execvp(argv[optind], argv + optind);
        perror("probe: exec");
        _exit(127);
    }

    Frames frames = {0};
    const char *reason = watch(pid, &status, t0, interval, settle, timeout, significant, f0, &frames);
    double first_change = frames.n ? frames.f[0].t_ms : -1;
    double content = content_time(&frames, significant);
    long total = frames.n ? diff_px(f0, frames.f[frames.n - 1].px) : -1;

    FILE *tl = timeline ? fopen(timeline, "w") : NULL;
    if (tl) {
        fprintf(tl, "t_ms\tpx_changed_from_start\tpx_different_from_settled\n");
        for (size_t i = 0; i < frames.n; i++)
            fprintf(tl, "%.1f\t%ld\t%ld\n", frames.f[i].t_ms, diff_px(f0, frames.f[i].px),
                    diff_px(frames.f[i].px, frames.f[frames.n - 1].px));
        fclose(tl);
    }
    if (final_image && frames.n > 0) write_ppm(final_image, frames.f[frames.n - 1].px);
    if (all_frames) {
        for (size_t i = 0; i < frames.n; i++) {
            char path[4096];
            snprintf(path, sizeof path, "%s-%02zu-%06.0fms.ppm", all_frames, i, frames.f[i].t_ms);
            write_ppm(path, frames.f[i].px);
        }
    }

    uint32_t *screen = frames.n ? frames.f[frames.n - 1].px : f0; /* what the screen shows now */
    free_frames(&frames, screen);
    int settled = !strcmp(reason, "settled");
    int alive = settled;

    for (int k = 0; k < nkeys && alive; k++) {
        if (!have_xtest) { fprintf(stderr, "probe: no XTest extension: keys not sent\n"); break; }
        Window win = main_window();
        if (win) XSetInputFocus(dpy, win, RevertToParent, CurrentTime);
        char spec[1024];
        snprintf(spec, sizeof spec, "%s", keys[k]);
        char *tokens[64];
        int nt = 0;
        for (char *tok = strtok(spec, " "); tok && nt < 64; tok = strtok(NULL, " ")) tokens[nt++] = tok;
        if (nt == 0) continue;
        /* every key but the last: send, then let the screen settle */
        for (int i = 0; i < nt - 1 && alive; i++) {
            if (send_key(tokens[i]) < 0) fprintf(stderr, "probe: unknown key %s\n", tokens[i]);
            Frames prep = {0};
            const char *r = watch(pid, &status, now_ms(), interval, 250, 1000, 0, screen, &prep);
            if (!strcmp(r, "exited")) alive = 0;
            if (prep.n) {
                uint32_t *last = prep.f[prep.n - 1].px;
                free_frames(&prep, last);
                if (screen != f0) free(screen);
                screen = last;
            }
        }
        if (!alive) break;
        /* the last key, measured */
        uint32_t *before = screen;
        double tk = now_ms();
        if (send_key(tokens[nt - 1]) < 0) fprintf(stderr, "probe: unknown key %s\n", tokens[nt - 1]);
        Frames kf = {0};
        const char *r = watch(pid, &status, tk, interval, key_settle, 10000, significant, before, &kf);
        if (!strcmp(r, "exited")) alive = 0;
        double kfirst = kf.n ? kf.f[0].t_ms : -1;
        double kcontent = content_time(&kf, significant);
        long kpx = kf.n ? diff_px(before, kf.f[kf.n - 1].px) : 0;
        printf("key n=%d keys=\"%s\" first_change_ms=%.1f content_ms=%.1f px_changed=%ld stop=%s\n", k + 1, keys[k],
               kfirst, kpx > significant ? kcontent : -1.0, kpx, r);
        if (kf.n) {
            uint32_t *last = kf.f[kf.n - 1].px;
            free_frames(&kf, last);
            if (screen != f0) free(screen);
            screen = last;
        }
    }

    if (last_image && nkeys > 0) write_ppm(last_image, screen);

    long hwm = -1, rss = -1, cpu = -1;
    int nprocs = 0, left_behind = 0;
    int exited = !strcmp(reason, "exited") || !alive;
    if (!exited) {
        pid_t tree[64];
        nprocs = descendants(pid, tree, 64);
        hwm = rss = cpu = 0;
        for (int i = 0; i < nprocs; i++) add_usage(tree[i], &hwm, &rss, &cpu);
        kill(pid, SIGTERM);
        double until = now_ms() + 3000;
        while (waitpid(pid, &status, WNOHANG) != pid) {
            if (now_ms() > until) { kill(pid, SIGKILL); waitpid(pid, &status, 0); break; }
            sleep_ms(20);
        }
        /* whatever the program started must have ended with it: give it 3 s, then kill by id */
        for (double t = now_ms() + 3000; ; sleep_ms(50)) {
            int running = 0;
            for (int i = 1; i < nprocs; i++) {
                char path[64];
                snprintf(path, sizeof path, "/proc/%d", (int)tree[i]);
                if (access(path, F_OK) == 0) running++;
            }
            if (!running) break;
            if (now_ms() > t) {
                left_behind = running;
                for (int i = 1; i < nprocs; i++) kill(tree[i], SIGKILL);
                break;
            }
        }
    }
    printf("shm=%d first_change_ms=%.1f content_ms=%.1f vmhwm_kb=%ld vmrss_kb=%ld cpu_ms=%ld px_changed=%ld "
           "grab_ms=%.2f procs=%d left_behind=%d stop=%s exit_status=%d\n",
           shm_img != NULL, first_change, content, hwm, rss, cpu, total, grabs ? grab_total / grabs : 0.0, nprocs,
           left_behind, reason,
           exited ? (WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)) : -1);
    XCloseDisplay(dpy);
    return settled ? 0 : 1;
}
