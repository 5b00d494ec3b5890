// Draws subgraphs (nodes and facts from newsgraph's neighborhood and connections queries) with vis-network:
// one node per entity, coloured by type, one edge per fact. Knows nothing of the page around it.
"use strict";

const GraphView = (() => {
  const TYPE_COLOURS = {
    Person: "#4e79a7",
    Country: "#e15759",
    Organization: "#59a14f",
    Agreement: "#f28e2b",
    Place: "#b07aa1",
    Event: "#9c755f",
  };

  function colour(type) {
    return TYPE_COLOURS[type] || "#888888";
  }

  /** One line of an edge's label: the relation, and a role title or agreement status where there is one. */
  function edgeLabel(edge) {
    const type = edge.type.replace(/_/g, " ").toLowerCase();
    const detail = edge.title || edge.status;
    return detail ? `${type} (${detail})` : type;
  }

  function edgeKey(edge) {
    return `${edge.sourceId}|${edge.type}|${edge.targetId}|${edge.title || ""}|${edge.status || ""}`;
  }

  // Large graphs lay out with cheaper settings: straight edges, no initial layout pass, bounded stabilisation.
  function options(nodeCount) {
    const large = nodeCount > 300;
    return {
      autoResize: true,
      layout: { improvedLayout: !large },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -60, springLength: 120, avoidOverlap: 0.3 },
        stabilization: { iterations: large ? 150 : 300, updateInterval: 50 },
      },
      nodes: { shape: "dot", size: 14, font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: {
        arrows: { to: { enabled: true, scaleFactor: 0.5 } },
        font: { size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
        color: { color: "#9aa3ad", highlight: "#333333", hover: "#333333" },
        // straight: curves cost drawing time, and "dynamic" ones hang on support nodes that only physics moves
        smooth: false,
        width: 1.5,
      },
    };
  }

  /**
   * A graph in {@code container}. onNode(entity) and onEdge(facts, ends) are called on clicks; facts are all the
   * facts drawn between the clicked edge's two ends, ends the two entities.
   */
  function create(container, handlers) {
    const nodes = new vis.DataSet();
    const edges = new vis.DataSet();
    const entities = new Map();
    const facts = new Map();
    let network = null;

    function add(subgraph, focusId) {
      const newNodes = [];
      for (const n of subgraph.nodes) {
        if (!entities.has(n.id)) {
          entities.set(n.id, n);
          newNodes.push({ id: n.id, label: n.name, title: `${n.name} (${n.type})`, color: colour(n.type),
            size: n.id === focusId ? 22 : 14, group: n.type });
        }
      }
      const newEdges = [];
      for (const e of subgraph.edges) {
        const id = edgeKey(e);
        if (!facts.has(id) && entities.has(e.sourceId) && entities.has(e.targetId)) {
          facts.set(id, e);
          newEdges.push({ id, from: e.sourceId, to: e.targetId, label: edgeLabel(e),
            title: `${e.evidence.length} sentence${e.evidence.length === 1 ? "" : "s"}` });
        }
      }
      nodes.add(newNodes);
      edges.add(newEdges);
      // What is drawn, readable from the page (a canvas has no DOM to inspect): counts for tests and tools.
      container.dataset.nodes = String(nodes.length);
      container.dataset.edges = String(edges.length);
      return newNodes.length;
    }

    function factsBetween(a, b) {
      return [...facts.values()].filter((f) => (f.sourceId === a && f.targetId === b) || (f.sourceId === b && f.targetId === a));
    }

    function ensureNetwork() {
      if (network) {
        return;
      }
      network = new vis.Network(container, { nodes, edges }, options(nodes.length));
      // The browser tests find where an edge is drawn through it (a property of the element, not a global).
      container.visNetwork = network;
      network.on("click", (params) => {
        if (params.nodes.length) {
          handlers.onNode(entities.get(params.nodes[0]));
        } else if (params.edges.length) {
          const fact = facts.get(params.edges[0]);
          handlers.onEdge(factsBetween(fact.sourceId, fact.targetId),
            [entities.get(fact.sourceId), entities.get(fact.targetId)]);
        }
      });
      // Once laid out the graph stands still (easier to read and to click, and no CPU spent on a large graph that
      // would jiggle for ever); an expansion lays it out again.
      const settle = () => {
        network.setOptions({ physics: { enabled: false } });
        // flagged once drawn at rest, after the view has been fitted to the laid-out graph
        network.once("afterDrawing", () => {
          container.dataset.stabilized = "true";
        });
        network.redraw();
      };
      network.on("stabilizationIterationsDone", settle);
      network.on("stabilized", settle);
    }

    return {
      /** Replaces what is drawn with this subgraph. */
      draw(subgraph, focusId) {
        if (network) {
          network.destroy();
          network = null;
        }
        container.dataset.stabilized = "false";
        nodes.clear();
        edges.clear();
        entities.clear();
        facts.clear();
        add(subgraph, focusId);
        ensureNetwork();
      },
      /** Adds a subgraph to what is drawn (expanding a node); the number of new nodes. */
      merge(subgraph) {
        const added = add(subgraph, null);
        if (added && network) {
          container.dataset.stabilized = "false";
          network.setOptions({ physics: { enabled: true } });
          network.stabilize(150);
        }
        return added;
      },
      counts: () => ({ nodes: nodes.length, edges: edges.length }),
    };
  }

  /** The legend of node colours by entity type. */
  function legend(list) {
    list.replaceChildren(...Object.entries(TYPE_COLOURS).map(([type, c]) => {
      const item = document.createElement("li");
      const dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = c;
      item.append(dot, type);
      return item;
    }));
  }

  return { create, legend, colour };
})();
