// The publication time of the latest article that mentions each entity, kept on the entity by the write path
// (Entity.lastSeen), so that the entities list sorts and shows it without reading every mention of every
// entity; its number of articles is the MENTIONS degree, which Neo4j keeps itself.
MATCH (n:Entity)
CALL (n) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
  WITH max(a.publishedAt) AS last
  SET n.lastSeen = last
} IN TRANSACTIONS OF 10000 ROWS;
