#ifndef PILAR_CEDITLINE_SHIM_H
#define PILAR_CEDITLINE_SHIM_H

// The C surface PilarREPL needs. Swift cannot call variadic C functions or use function-like
// macros, so the few such calls are wrapped here as static inline functions, which the clang
// importer compiles into the Swift module (no separate C target needed).

#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <histedit.h>
// <editline/readline.h>, never <readline.h>: the pkg-config include path could otherwise pick
// up GNU readline's header.
#include <editline/readline.h>

/// Installs `handler` for `signo` without SA_RESTART, so a blocking read() in libedit returns
/// EINTR and readline() gives up its line instead of silently carrying on. Returns 0 on success.
static inline int pilar_install_signal_handler(int signo, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, previous);
}

/// Puts back a disposition saved by pilar_install_signal_handler or pilar_ignore_signal.
static inline int pilar_restore_signal(int signo, const struct sigaction *previous) {
    return sigaction(signo, previous, NULL);
}

/// Ignores `signo` (SIG_IGN is a cast macro Swift cannot import), saving the old disposition.
static inline int pilar_ignore_signal(int signo, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_IGN;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, previous);
}

/// Arranges one SIGALRM after `microseconds` (0 cancels it). A bare system call, so it may be
/// used from a signal handler.
static inline void pilar_schedule_alarm(long microseconds) {
    struct itimerval timer;
    memset(&timer, 0, sizeof timer);
    timer.it_value.tv_sec = microseconds / 1000000;
    timer.it_value.tv_usec = microseconds % 1000000;
    setitimer(ITIMER_REAL, &timer, NULL);
}

/// The size of the terminal on `fd`; returns 0 and fills both values when `fd` is a terminal
/// that reports a non-zero size.
static inline int pilar_terminal_size(int fd, int *columns, int *rows) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0) {
        return -1;
    }
    *columns = size.ws_col;
    *rows = size.ws_row;
    return 0;
}

/// The process environment, for posix_spawn (the `environ` global is not importable safely).
static inline char *const *pilar_environment(void) {
    extern char **environ;
    return environ;
}

/// The prompt of pilar_edit_line: the shell's main prompt. A literal, since the importer
/// emits no storage for a static variable in this header.
static inline char *pilar_edit_prompt(EditLine *editor) {
    (void)editor;
    return (char *)"pilar> ";
}

/// Reads one line with libedit's native API, starting from `text` as if typed (el_push; the
/// readline-compatible API clears text inserted from its hooks before the first key). No
/// ~/.editrc is read; `safe` also unbinds ESC x (libedit's command line). Returns a malloc'ed
/// line without its newline, or NULL for Ctrl-D on an empty line or an interrupted read.
static inline char *pilar_edit_line(const char *text, int safe) {
    EditLine *editor = el_init("pilar", stdin, stdout, stderr);
    if (editor == NULL) return NULL;
    el_set(editor, EL_PROMPT, pilar_edit_prompt);
    el_set(editor, EL_EDITOR, "emacs");
    if (safe) {
        el_set(editor, EL_BIND, "^[x", "ed-unassigned", NULL);
        el_set(editor, EL_BIND, "^[X", "ed-unassigned", NULL);
    }
    el_push(editor, text);
    int count = 0;
    const char *line = el_gets(editor, &count);
    char *result = NULL;
    if (line != NULL && count > 0) {
        result = strdup(line);
        size_t length = strlen(result);
        if (length > 0 && result[length - 1] == '\n') result[length - 1] = '\0';
    }
    el_end(editor);
    return result;
}

#endif
