/*
 * The one native function of Gray Area, for grayarea.FastStart: replaces the running JVM with
 * another one in the same process (execv), so that `java -jar grayarea.jar` starts again at once
 * with its class-data archive and JIT options, keeping its process id, its standard streams,
 * its exit status and the signals sent to it. Returns only if execv failed, with errno, having
 * put the process back as it was.
 *
 * Built by scripts/start-archive.sh (Linux, with a C compiler and the JDK's jni.h).
 */
#define _GNU_SOURCE
#include <jni.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* a NUL-terminated copy of a Java byte[], or NULL */
static char *copy_bytes(JNIEnv *env, jbyteArray bytes)
{
    if (bytes == NULL) {
        return NULL;
    }
    jsize length = (*env)->GetArrayLength(env, bytes);
    char *copy = malloc((size_t) length + 1);
    if (copy != NULL) {
        (*env)->GetByteArrayRegion(env, bytes, 0, length, (jbyte *) copy);
        copy[length] = '\0';
    }
    return copy;
}

static void free_all(char **argv, jsize n, char *file)
{
    for (jsize i = 0; i < n; i++) {
        free(argv[i]);
    }
    free(argv);
    free(file);
}

JNIEXPORT jint JNICALL Java_grayarea_FastStart_execv(JNIEnv *env, jclass cls, jbyteArray path, jobjectArray args)
{
    (void) cls;
    jsize n = (*env)->GetArrayLength(env, args);
    char **argv = calloc((size_t) n + 1, sizeof(char *));
    char *file = copy_bytes(env, path);
    if (argv == NULL || file == NULL) {
        free(argv);
        free(file);
        return ENOMEM;
    }
    for (jsize i = 0; i < n; i++) {
        argv[i] = copy_bytes(env, (jbyteArray) (*env)->GetObjectArrayElement(env, args, i));
        if (argv[i] == NULL) {
            free_all(argv, n, file);
            return ENOMEM;
        }
    }

    /* The new JVM must not inherit this one's open files (its jars, the archive): every
     * descriptor above the standard three is closed by execv. Nor this thread's blocked signals
     * (HotSpot blocks SIGQUIT on Java threads), which execv would keep: all are unblocked. */
    int changed[4096];
    int nchanged = 0;
    DIR *dir = opendir("/proc/self/fd");
    if (dir != NULL) {
        int own = dirfd(dir);
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            int fd = atoi(entry->d_name);
            if (fd <= 2 || fd == own || nchanged == (int) (sizeof changed / sizeof changed[0])) {
                continue;
            }
            int flags = fcntl(fd, F_GETFD);
            if (flags >= 0 && !(flags & FD_CLOEXEC) && fcntl(fd, F_SETFD, flags | FD_CLOEXEC) == 0) {
                changed[nchanged++] = fd;
            }
        }
        closedir(dir);
    }
    sigset_t none, old;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, &old);

    execv(file, argv);

    /* still here: execv failed, and the JVM goes on as it was */
    int failure = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    for (int i = 0; i < nchanged; i++) {
        int flags = fcntl(changed[i], F_GETFD);
        if (flags >= 0) {
            fcntl(changed[i], F_SETFD, flags & ~FD_CLOEXEC);
        }
    }
    free_all(argv, n, file);
    return failure;
}
