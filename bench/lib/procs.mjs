// Child processes of the bench (Neo4j, newsgraph, the peer): started with their output in a log file,
// stopped by pid (SIGTERM, then SIGKILL after a grace period), never by name.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const children = new Set();

export function log(msg) {
    const t = new Date().toISOString().slice(11, 19);
    process.stdout.write(`[${t}] ${msg}\n`);
}

export function start(name, command, args, { cwd, logFile, env } = {}) {
    const out = fs.openSync(logFile, "a");
    const child = spawn(command, args, {
        cwd,
        env: { ...process.env, ...env },
        stdio: ["ignore", out, out],
        detached: false,
    });
    fs.closeSync(out);
    const proc = { name, child, pid: child.pid, logFile, exited: false, exitCode: null };
    child.on("exit", (code, signal) => {
        proc.exited = true;
        proc.exitCode = code ?? signal;
    });
    child.on("error", (e) => {
        proc.exited = true;
        proc.exitCode = String(e);
    });
    children.add(proc);
    return proc;
}

export async function stop(proc, graceMs = 20000) {
    if (!proc || proc.exited) {
        children.delete(proc);
        return;
    }
    try {
        process.kill(proc.pid, "SIGTERM");
    } catch {
        /* already gone */
    }
    const deadline = Date.now() + graceMs;
    while (!proc.exited && Date.now() < deadline) {
        await sleep(100);
    }
    if (!proc.exited) {
        log(`${proc.name} (pid ${proc.pid}) did not stop in ${graceMs / 1000} s: killing it`);
        try {
            process.kill(proc.pid, "SIGKILL");
        } catch {
            /* already gone */
        }
        const killDeadline = Date.now() + 5000;
        while (!proc.exited && Date.now() < killDeadline) {
            await sleep(100);
        }
    }
    children.delete(proc);
}

/** Stops every child still running, the last started first (the peer and newsgraph before Neo4j). */
export async function stopAll() {
    for (const proc of [...children].reverse()) {
        await stop(proc);
    }
}

/** Synchronous last resort (process 'exit' handler): SIGKILL whatever is left, by pid. */
export function killAllSync() {
    for (const proc of children) {
        if (!proc.exited) {
            try {
                process.kill(proc.pid, "SIGKILL");
            } catch {
                /* gone */
            }
        }
    }
}

export function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.on("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

export function portAnswers(port) {
    return new Promise((resolve) => {
        const s = net.connect({ port, host: "127.0.0.1" });
        s.setTimeout(1000);
        s.once("connect", () => {
            s.destroy();
            resolve(true);
        });
        s.once("error", () => resolve(false));
        s.once("timeout", () => {
            s.destroy();
            resolve(false);
        });
    });
}

/** Waits until check() is true; fails early when the process exits. */
export async function waitFor(proc, what, check, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (proc.exited) {
            throw new Error(`${proc.name} exited (${proc.exitCode}) while waiting for ${what}; see ${proc.logFile}\n` + tail(proc.logFile));
        }
        if (await check()) {
            return;
        }
        await sleep(200);
    }
    throw new Error(`${proc.name}: no ${what} within ${timeoutMs / 1000} s; see ${proc.logFile}\n` + tail(proc.logFile));
}

export function tail(file, lines = 20) {
    try {
        return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
        return "";
    }
}

/** VmRSS of a process in MB, from /proc. */
export function rssMb(pid) {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const m = status.match(/^VmRSS:\s+(\d+)\s+kB/m);
        return m ? Math.round(Number(m[1]) / 1024) : null;
    } catch {
        return null;
    }
}

// Linux's USER_HZ, 100 on every kernel configuration this bench runs on.
const CLOCK_TICKS = 100;

/** CPU time (user + system) a process has used, in ms, from /proc; null when it is gone. */
export function cpuMs(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
        return null;
    }
}

/** A JDK 21+: JAVA_HOME when it is one, else the JDK 25 the machine has. */
export function pickJavaHome() {
    const fallback = "/usr/lib/jvm/temurin-25-jdk-amd64";
    const home = process.env.JAVA_HOME;
    if (home) {
        const major = javaMajor(home);
        if (major !== null && major >= 21) {
            return home;
        }
    }
    if (javaMajor(fallback) === null) {
        throw new Error(`JAVA_HOME is unset or older than 21, and no JDK found at ${fallback}`);
    }
    return fallback;
}

function javaMajor(home) {
    try {
        const release = fs.readFileSync(path.join(home, "release"), "utf8");
        const m = release.match(/^JAVA_VERSION="(\d+)(?:\.(\d+))?/m);
        if (m) {
            return m[1] === "1" ? Number(m[2]) : Number(m[1]);
        }
    } catch {
        /* no release file: ask the binary */
    }
    const r = spawnSync(path.join(home, "bin", "java"), ["-version"], { encoding: "utf8" });
    const m = `${r.stdout ?? ""}${r.stderr ?? ""}`.match(/version "(?:1\.)?(\d+)/);
    return m ? Number(m[1]) : null;
}
