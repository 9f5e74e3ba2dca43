/*
 * The one native function of Gray Area, for grayarea.FastStart: replaces the running JVM with
 * another one in the same process (execv), so that `java -jar grayarea.jar` starts again at once
 * with its class-data archive and JIT options, keeping its process id, its standard streams
 * and any other descriptor it was given, its exit status and the signals sent to it. Returns
 * only if execv failed, with errno, having put the process back as it was.
 *
 * Built by scripts/start-archive.sh (Linux, with a C compiler and the JDK's jni.h).
 */
#define _GNU_SOURCE
#include <jni.h>
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

JNIEXPORT jint JNICALL Java_grayarea_FastStart_execv(JNIEnv *env, jclass cls, jbyteArray path, jobjectArray args,
        jintArray closeOnExec)
{
    (void) cls;
    jsize n = (*env)->GetArrayLength(env, args);
    char **argv = calloc((size_t) n + 1, sizeof(char *));
    char *file = copy_bytes(env, path);
    jsize nfds = (*env)->GetArrayLength(env, closeOnExec);
    jint *fds = calloc((size_t) nfds + 1, sizeof(jint));
    int *changed = calloc((size_t) nfds + 1, sizeof(int));
    if (argv == NULL || file == NULL || fds == NULL || changed == NULL) {
        free(argv);
        free(file);
        free(fds);
        free(changed);
        return ENOMEM;
    }
    for (jsize i = 0; i < n; i++) {
        jbyteArray arg = (jbyteArray) (*env)->GetObjectArrayElement(env, args, i);
        argv[i] = copy_bytes(env, arg);
        (*env)->DeleteLocalRef(env, arg);
        if (argv[i] == NULL) {
            free_all(argv, n, file);
            free(fds);
            free(changed);
            return ENOMEM;
        }
    }
    (*env)->GetIntArrayRegion(env, closeOnExec, 0, nfds, fds);

    /* The new JVM must not inherit the files this one opened for itself (its modules, its jars),
     * which FastStart names: execv closes them. Descriptors given to the process (the standard
     * three and any other) stay open. Nor may it inherit this thread's blocked signals (HotSpot
     * blocks SIGQUIT on Java threads), which execv would keep: all are unblocked. */
    int nchanged = 0;
    for (jsize i = 0; i < nfds; i++) {
        int flags = fcntl(fds[i], F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC) && fcntl(fds[i], F_SETFD, flags | FD_CLOEXEC) == 0) {
            changed[nchanged++] = fds[i];
        }
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
    free(fds);
    free(changed);
    return failure;
}
