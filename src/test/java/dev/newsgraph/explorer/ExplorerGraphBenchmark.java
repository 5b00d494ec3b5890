package dev.newsgraph.explorer;

import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import dev.newsgraph.testsupport.Browser;

/**
 * How fast the explorer draws a large graph: opens the page of a running service in headless Chromium, draws a
 * synthetic subgraph of N entities and about 1.5 N facts with the page's own GraphView, and prints the time to the
 * first frame, to a settled layout, and of a click. Usage: ExplorerGraphBenchmark [URL] [N] (defaults
 * http://localhost:8080/ and 2000); scripts/bench-explorer.sh runs it.
 */
public final class ExplorerGraphBenchmark {

    private static final String DRAW = """
            const n = arguments[0], done = arguments[arguments.length - 1];
            const types = ['Person', 'Country', 'Organization', 'Agreement', 'Place', 'Event'];
            const nodes = [], edges = [];
            for (let i = 0; i < n; i++) nodes.push({id: 'e' + i, name: 'Entity ' + i, type: types[i % types.length]});
            // a tree plus random chords: connected, with hubs, like a neighbourhood expanded many times
            for (let i = 1; i < n; i++) edges.push({sourceId: 'e' + Math.floor(Math.sqrt(i * 7) * 3) % i, targetId: 'e' + i,
              type: 'MET_WITH', evidence: []});
            for (let i = 0; i < n / 2; i++) edges.push({sourceId: 'e' + (i * 7919 % n), targetId: 'e' + (i * 104729 % n),
              type: 'COOPERATES_WITH', evidence: []});
            const box = document.createElement('div');
            box.style.cssText = 'width: 1200px; height: 800px';
            document.body.prepend(box);
            const t0 = performance.now();
            const view = GraphView.create(box, {onNode: () => {}, onEdge: () => {}});
            view.draw({nodes, edges}, 'e0');
            const drawn = performance.now() - t0;
            const started = performance.now();
            const poll = setInterval(() => {
              if (box.dataset.stabilized === 'true') {
                clearInterval(poll);
                const settled = performance.now() - t0;
                const c0 = performance.now();
                box.visNetwork.selectNodes(['e1']);
                box.visNetwork.redraw();
                done({drawnMs: drawn, settledMs: settled, redrawMs: performance.now() - c0,
                  nodes: Number(box.dataset.nodes), edges: Number(box.dataset.edges)});
              } else if (performance.now() - started > 120000) {
                clearInterval(poll);
                done({drawnMs: drawn, settledMs: -1, redrawMs: -1, nodes: 0, edges: 0});
              }
            }, 20);
            """;

    private ExplorerGraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://localhost:8080/";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        try (Browser.Session session = Browser.start(1366, 900)) {
            ChromeDriver browser = session.driver();
            browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3));
            browser.get(url);
            for (int run = 1; run <= 3; run++) {
                browser.navigate().refresh();
                @SuppressWarnings("unchecked")
                Map<String, Number> r = (Map<String, Number>) browser.executeAsyncScript(DRAW, n);
                System.out.printf("run %d: %d nodes, %d edges: first draw %.0f ms, settled layout %.0f ms, "
                        + "select and redraw %.0f ms%n", run, r.get("nodes").intValue(), r.get("edges").intValue(),
                        r.get("drawnMs").doubleValue(), r.get("settledMs").doubleValue(), r.get("redrawMs").doubleValue());
            }
        }
    }
}
