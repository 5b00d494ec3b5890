// A small GraphQL-over-HTTP client for loopback servers (keep-alive), and the closed-loop load driver:
// `concurrency` workers each send a request, wait for the answer, and send the next one.
import http from "node:http";

export function agent(maxSockets) {
    return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: "lifo" });
}

export function post(url, body, httpAgent, timeoutMs = 60000) {
    return new Promise((resolve) => {
        const t0 = process.hrtime.bigint();
        const payload = Buffer.from(body);
        const req = http.request(url, {
            method: "POST",
            agent: httpAgent,
            headers: { "content-type": "application/json", accept: "application/json", "content-length": payload.length },
            timeout: timeoutMs,
        }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => resolve({
                status: res.statusCode,
                body: Buffer.concat(chunks).toString("utf8"),
                ms: Number(process.hrtime.bigint() - t0) / 1e6,
            }));
            res.on("error", (e) => resolve({ status: 0, body: String(e), ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
        });
        req.on("timeout", () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
        req.on("error", (e) => resolve({ status: 0, body: String(e), ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
        req.end(payload);
    });
}

/** A GET without keep-alive; { status: 0 } when nothing answers. */
export function get(url, timeoutMs = 5000) {
    return new Promise((resolve) => {
        const req = http.get(url, { timeout: timeoutMs }, (res) => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", (c) => (body += c));
            res.on("end", () => resolve({ status: res.statusCode, body }));
            res.on("error", () => resolve({ status: 0, body }));
        });
        req.on("timeout", () => req.destroy(new Error("timeout")));
        req.on("error", () => resolve({ status: 0, body: "" }));
    });
}

/** One GraphQL request; returns { data, errors, status, ms }. */
export async function graphql(url, query, variables, httpAgent) {
    const res = await post(url, JSON.stringify({ query, variables }), httpAgent);
    let json = null;
    try {
        json = JSON.parse(res.body);
    } catch {
        /* not JSON */
    }
    return { status: res.status, ms: res.ms, data: json?.data, errors: json?.errors ?? (json ? undefined : [{ message: res.body.slice(0, 300) }]) };
}

/**
 * Drives `makeBody()` requests at `url` with `concurrency` workers for `seconds`.
 * A request counts as an error when the status is not 200 or the answer carries GraphQL errors.
 */
export async function drive({ url, makeBody, concurrency, seconds }) {
    const httpAgent = agent(concurrency);
    const latencies = [];
    let errors = 0;
    let firstError = null;
    const t0 = Date.now();
    const end = t0 + seconds * 1000;
    const worker = async () => {
        while (Date.now() < end) {
            const res = await post(url, makeBody(), httpAgent);
            latencies.push(res.ms);
            if (res.status !== 200 || res.body.startsWith('{"errors"') || res.body.includes('"errors":[')) {
                errors++;
                firstError ??= `${res.status} ${res.body.slice(0, 300)}`;
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = (Date.now() - t0) / 1000;
    httpAgent.destroy();
    latencies.sort((a, b) => a - b);
    return {
        requests: latencies.length,
        errors,
        firstError,
        elapsed,
        rps: latencies.length / elapsed,
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
    };
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sortedValues, p) {
    if (sortedValues.length === 0) return NaN;
    const rank = Math.max(1, Math.ceil(p * sortedValues.length));
    return sortedValues[Math.min(sortedValues.length, rank) - 1];
}
