// The explorer's only way to the data: newsgraph's public GraphQL endpoint, with the key (if any) the user
// typed, kept in this browser tab's session storage and sent as a Bearer header.
"use strict";

const NewsgraphApi = (() => {
  const KEY_ITEM = "newsgraph.key";

  function key() {
    return sessionStorage.getItem(KEY_ITEM) || "";
  }

  function setKey(value) {
    if (value) {
      sessionStorage.setItem(KEY_ITEM, value.trim());
    } else {
      sessionStorage.removeItem(KEY_ITEM);
    }
  }

  /** Runs one query; resolves with its data, rejects with the first error's message. */
  async function query(text, variables) {
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (key()) {
      headers.Authorization = "Bearer " + key();
    }
    let response;
    try {
      response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query: text, variables }) });
    } catch (e) {
      throw new Error("The service cannot be reached: " + e.message);
    }
    let body;
    try {
      body = await response.json();
    } catch (e) {
      throw new Error("The service answered " + response.status + " without a GraphQL response");
    }
    if (body.errors && body.errors.length) {
      throw new Error(body.errors[0].message);
    }
    return body.data;
  }

  const ENTITY_REF = "id name type";
  const EVIDENCE = "articleId articleTitle articleUrl articleSource articlePublishedAt sentence confidence";
  const EDGE = `sourceId targetId type title status evidence { ${EVIDENCE} }`;

  return {
    key,
    setKey,
    query,
    topEntities: () => query(`{ topEntities(first: 15) { articles entity { ${ENTITY_REF} } } }`),
    search: (text) => query(`query($text: String!) { search(text: $text, first: 20) { score entity { ${ENTITY_REF} aliases } } }`, { text }),
    entity: (id, depth, types) => query(`query($id: ID!, $depth: Int!, $types: [RelationType]) {
        entity(id: $id) {
          ${ENTITY_REF} aliases mentions
          ... on Person { roles { title of { ${ENTITY_REF} } } }
          ... on Country { code }
          ... on Organization { acronym }
          coMentioned(first: 10) { count entity { ${ENTITY_REF} } }
          articles(first: 10) { id title publishedAt source url count }
        }
        timeline(id: $id, bucket: MONTH) { bucket articles mentions }
        neighborhood(id: $id, depth: $depth, limit: 80, types: $types) { nodes { ${ENTITY_REF} } edges { ${EDGE} } }
      }`, { id, depth, types }),
    neighborhood: (id, types) => query(`query($id: ID!, $types: [RelationType]) {
        neighborhood(id: $id, depth: 1, limit: 50, types: $types) { nodes { ${ENTITY_REF} } edges { ${EDGE} } }
      }`, { id, types }),
    connections: (from, to) => query(`query($from: ID!, $to: ID!) {
        a: entity(id: $from) { ${ENTITY_REF} }
        b: entity(id: $to) { ${ENTITY_REF} }
        connections(from: $from, to: $to, maxHops: 3, first: 5) { nodes { ${ENTITY_REF} } edges { ${EDGE} } }
      }`, { from, to }),
    article: (id) => query(`query($id: ID!) {
        article(id: $id) {
          id title url source publishedAt text
          entities(first: 100) { count entity { ${ENTITY_REF} } mentions { start end text } }
        }
      }`, { id }),
  };
})();
