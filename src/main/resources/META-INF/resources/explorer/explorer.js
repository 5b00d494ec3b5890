// The explorer page: routes (#/search/..., #/entity/..., #/article/..., #/path/A/B) to views built from
// newsgraph's GraphQL API. Every text from the graph goes into the page as text, never as markup.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const RELATION_TYPES = ["HOLDS_ROLE", "MET_WITH", "PARTY_TO", "MEMBER_OF", "COOPERATES_WITH", "CRITICIZED", "CLAIMS"];
  const VIEWS = ["home-view", "search-view", "entity-view", "path-view", "article-view"];
  let currentEntityId = null;
  let timelineChart = null;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  function show(view) {
    for (const v of VIEWS) {
      $(v).hidden = v !== view;
    }
  }

  function status(text, isError) {
    $("status").textContent = text || "";
    $("status").classList.toggle("error", Boolean(isError));
  }

  /** An id as part of the page's address: "person:joe-biden" stays readable. */
  function idPart(id) {
    return encodeURIComponent(id).replace(/%3A/g, ":");
  }

  function entityHref(id) {
    return "#/entity/" + idPart(id);
  }

  function articleHref(id) {
    return "#/article/" + encodeURIComponent(id);
  }

  function badge(type) {
    const b = el("span", { className: "badge", textContent: type });
    b.style.background = GraphView.colour(type);
    return b;
  }

  function entityLink(entity) {
    return el("a", { href: entityHref(entity.id), className: "entity-link" }, entity.name, " ", badge(entity.type));
  }

  function day(iso) {
    return iso ? iso.substring(0, 10) : "undated";
  }

  // ---- home and search ------------------------------------------------------------------------------------

  async function home() {
    show("home-view");
    const data = await NewsgraphApi.topEntities();
    $("top-entities").replaceChildren(...data.topEntities.map((t) =>
      el("li", null, entityLink(t.entity), el("span", { className: "muted", textContent: ` ${t.articles} articles` }))));
  }

  async function search(text) {
    show("search-view");
    $("search-query").textContent = text;
    $("search-text").value = text;
    const data = await NewsgraphApi.search(text);
    const items = data.search.map((hit) => el("li", null, entityLink(hit.entity),
      hit.entity.aliases.length ? el("span", { className: "muted", textContent: " also " + hit.entity.aliases.slice(0, 4).join(", ") }) : null));
    $("search-results").replaceChildren(...(items.length ? items : [el("li", { className: "muted", textContent: "No entity has that name." })]));
  }

  // ---- entity view -----------------------------------------------------------------------------------------

  function selectedTypes() {
    const checked = [...$("relation-filter").querySelectorAll("input:checked")].map((i) => i.value);
    return checked.length === RELATION_TYPES.length ? null : checked;
  }

  function renderEntityHead(e) {
    $("entity-name").textContent = e.name;
    $("entity-type").replaceWith(Object.assign(badge(e.type), { id: "entity-type" }));
    const extra = [e.code && `code ${e.code}`, e.acronym && `acronym ${e.acronym}`].filter(Boolean);
    $("entity-facts").textContent = `Mentioned in ${e.mentions} article${e.mentions === 1 ? "" : "s"}` + (extra.length ? ` · ${extra.join(" · ")}` : "");
    $("entity-aliases").textContent = e.aliases.length ? "Also: " + e.aliases.join(", ") : "";
    $("entity-roles").replaceChildren(...(e.roles || []).map((r) => el("li", null, r.title || "role", " of ", entityLink(r.of))));
  }

  /** Monthly points with the empty months between them filled in, so that the bars keep the time scale. */
  function everyMonth(points) {
    if (!points.length) {
      return [];
    }
    const byMonth = new Map(points.map((p) => [p.bucket.substring(0, 7), p.articles]));
    const months = [];
    let [y, m] = points[0].bucket.substring(0, 7).split("-").map(Number);
    const last = points[points.length - 1].bucket.substring(0, 7);
    for (let guard = 0; guard < 600; guard++) {
      const key = `${y}-${String(m).padStart(2, "0")}`;
      months.push({ bucket: key, articles: byMonth.get(key) || 0 });
      if (key >= last) {
        break;
      }
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return months;
  }

  function renderTimeline(timeline) {
    if (timelineChart) {
      timelineChart.destroy();
    }
    const points = everyMonth(timeline);
    timelineChart = new Chart($("timeline"), {
      type: "bar",
      data: { labels: points.map((p) => p.bucket), datasets: [{ label: "articles", data: points.map((p) => p.articles), backgroundColor: "#4e79a7" }] },
      options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function renderSideLists(e) {
    $("co-mentioned").replaceChildren(...e.coMentioned.map((c) =>
      el("li", null, entityLink(c.entity), el("span", { className: "muted", textContent: ` ${c.count}` }))));
    $("entity-articles").replaceChildren(...e.articles.map((a) => el("li", null,
      el("a", { href: articleHref(a.id), textContent: a.title || a.id }),
      el("span", { className: "muted", textContent: ` ${day(a.publishedAt)}${a.source ? " · " + a.source : ""}` }))));
  }

  function evidenceItem(ev) {
    const meta = el("p", { className: "muted evidence-meta" },
      el("a", { href: articleHref(ev.articleId), textContent: ev.articleTitle || "article" }),
      ` · ${day(ev.articlePublishedAt)}`, ev.articleSource ? ` · ${ev.articleSource}` : "",
      ev.articleUrl ? " · " : "", ev.articleUrl ? el("a", { href: ev.articleUrl, textContent: "source", rel: "noopener", target: "_blank" }) : null,
      ` · confidence ${ev.confidence.toFixed(2)}`);
    return el("li", { className: "evidence" }, el("blockquote", { textContent: ev.sentence }), meta);
  }

  /** The facts behind a clicked edge, each with the sentences that state it. */
  function showFacts(target, facts, ends) {
    const byId = new Map(ends.map((e) => [e.id, e]));
    target.replaceChildren(el("h2", { textContent: `${ends[0].name} and ${ends[1].name}` }),
      ...facts.map((f) => el("section", { className: "fact" },
        el("h3", null, byId.get(f.sourceId).name, " ", el("code", { textContent: f.type }), " ", byId.get(f.targetId).name,
          f.title || f.status ? el("span", { className: "muted", textContent: ` (${f.title || f.status})` }) : null),
        el("ul", { className: "evidence-list" }, ...f.evidence.map(evidenceItem)))));
  }

  function showNode(target, graph, entity) {
    const expand = el("button", { type: "button", textContent: "Expand" });
    expand.addEventListener("click", async () => {
      try {
        const data = await NewsgraphApi.neighborhood(entity.id, selectedTypes());
        const added = data.neighborhood ? graph.merge(data.neighborhood) : 0;
        status(`${added} new entit${added === 1 ? "y" : "ies"} around ${entity.name}`);
      } catch (e) {
        status(e.message, true);
      }
    });
    target.replaceChildren(el("h2", null, entity.name, " ", badge(entity.type)),
      el("p", null, el("a", { href: entityHref(entity.id), className: "button", textContent: "Open" }), " ", expand));
  }

  let entityGraph = null;

  function graphFor(container, selection) {
    const graph = GraphView.create(container, {
      onNode: (entity) => showNode(selection, graph, entity),
      onEdge: (facts, ends) => showFacts(selection, facts, ends),
    });
    return graph;
  }

  async function entity(id) {
    show("entity-view");
    currentEntityId = id;
    const depth = Number($("depth").value);
    const data = await NewsgraphApi.entity(id, depth, selectedTypes());
    if (!data.entity) {
      status(`No entity has the id ${id}.`, true);
      return;
    }
    renderEntityHead(data.entity);
    renderSideLists(data.entity);
    renderTimeline(data.timeline);
    $("selection").replaceChildren(el("p", { className: "muted", textContent: "Click a node or an edge of the graph." }));
    entityGraph = entityGraph || graphFor($("graph"), $("selection"));
    entityGraph.draw(data.neighborhood || { nodes: [data.entity], edges: [] }, id);
    const c = entityGraph.counts();
    status(`${c.nodes} entities and ${c.edges} facts around ${data.entity.name}`);
  }

  // ---- path view -------------------------------------------------------------------------------------------

  let pathGraph = null;

  async function path(from, to) {
    show("path-view");
    const data = await NewsgraphApi.connections(from, to);
    if (!data.a || !data.b) {
      status("One of the two entities does not exist.", true);
      return;
    }
    for (const [link, e] of [[$("path-from-name"), data.a], [$("path-to-name"), data.b]]) {
      link.textContent = e.name;
      link.href = entityHref(e.id);
    }
    const nodes = new Map();
    const edges = [];
    for (const p of data.connections) {
      p.nodes.forEach((n) => nodes.set(n.id, n));
      edges.push(...p.edges);
    }
    pathGraph = pathGraph || graphFor($("path-graph"), $("path-selection"));
    pathGraph.draw({ nodes: [...nodes.values()], edges }, from);
    status(data.connections.length ? `${data.connections.length} shortest path${data.connections.length === 1 ? "" : "s"}`
      : `No connection within three facts.`);
  }

  // ---- article view ----------------------------------------------------------------------------------------

  /** The article's text with every mention span linked to its entity; overlapping spans keep the first. */
  function highlighted(text, entities) {
    const spans = [];
    for (const ae of entities) {
      for (const m of ae.mentions) {
        spans.push({ start: m.start, end: m.end, entity: ae.entity });
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const parts = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at) {
        continue;
      }
      parts.push(text.substring(at, s.start));
      const mark = el("a", { href: entityHref(s.entity.id), className: "mention", title: `${s.entity.name} (${s.entity.type})`, textContent: text.substring(s.start, s.end) });
      mark.dataset.entityId = s.entity.id;
      mark.style.borderColor = GraphView.colour(s.entity.type);
      parts.push(mark);
      at = s.end;
    }
    parts.push(text.substring(at));
    return parts;
  }

  async function article(id) {
    show("article-view");
    const data = await NewsgraphApi.article(id);
    const a = data.article;
    if (!a) {
      status(`No article has the id ${id}.`, true);
      return;
    }
    $("article-title").textContent = a.title || "(untitled article)";
    $("article-meta").replaceChildren(`${day(a.publishedAt)}${a.source ? " · " + a.source : ""}`,
      a.url ? " · " : "", a.url ? el("a", { href: a.url, textContent: a.url, rel: "noopener", target: "_blank" }) : null);
    $("article-entities").replaceChildren(...a.entities.map((ae) => el("li", null, entityLink(ae.entity))));
    $("article-text").replaceChildren(...highlighted(a.text, a.entities));
    status(`${a.entities.length} entities mentioned`);
  }

  // ---- wiring ----------------------------------------------------------------------------------------------

  async function route() {
    const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
    status("Loading...");
    try {
      if (parts[0] === "search" && parts[1]) {
        await search(parts.slice(1).join("/"));
      } else if (parts[0] === "entity" && parts[1]) {
        await entity(parts.slice(1).join("/"));
      } else if (parts[0] === "article" && parts[1]) {
        await article(parts[1]);
      } else if (parts[0] === "path" && parts[1] && parts[2]) {
        await path(parts[1], parts[2]);
      } else {
        await home();
      }
      if ($("status").textContent === "Loading...") {
        status("");
      }
    } catch (e) {
      status(e.message, true);
    }
  }

  /** The best hit of a search, for the path form. */
  async function firstHit(text) {
    const data = await NewsgraphApi.search(text);
    return data.search.length ? data.search[0].entity : null;
  }

  /** The entity on show again, with the depth and relation types now chosen. */
  function redrawEntity() {
    if (currentEntityId) {
      entity(currentEntityId).catch((e) => status(e.message, true));
    }
  }

  function wire() {
    for (const t of RELATION_TYPES) {
      const box = el("input", { type: "checkbox", value: t, checked: true });
      box.addEventListener("change", redrawEntity);
      $("relation-filter").append(el("label", null, box, " " + t.replace(/_/g, " ").toLowerCase()));
    }
    $("depth").addEventListener("change", redrawEntity);
    $("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = $("search-text").value.trim();
      if (text) {
        location.hash = "#/search/" + encodeURIComponent(text);
      }
    });
    $("path-form").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const text = $("path-to").value.trim();
      if (!text || !currentEntityId) {
        return;
      }
      try {
        const other = await firstHit(text);
        if (other) {
          location.hash = `#/path/${idPart(currentEntityId)}/${idPart(other.id)}`;
        } else {
          status(`No entity named ${text}.`, true);
        }
      } catch (e) {
        status(e.message, true);
      }
    });
    $("api-key").value = NewsgraphApi.key();
    $("api-key").addEventListener("change", () => {
      NewsgraphApi.setKey($("api-key").value);
      route();
    });
    GraphView.legend($("legend"));
    window.addEventListener("hashchange", route);
    route();
  }

  wire();
})();
