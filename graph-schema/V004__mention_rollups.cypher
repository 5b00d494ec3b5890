// Roll-ups of mentions per entity, day of publication (UTC) and source: how many articles of that day and
// source mention the entity, and how often. The write path keeps them in the same transaction as the mentions
// themselves; dashboards (topEntities, timeline) read them instead of counting raw mentions. An article without
// a publication date counts under the day 1000-01-01, outside every window a client can ask for.
CREATE CONSTRAINT mention_day_key IF NOT EXISTS FOR (r:MentionDay) REQUIRE (r.entityId, r.day, r.source) IS UNIQUE;
CREATE INDEX mention_day_entity IF NOT EXISTS FOR (r:MentionDay) ON (r.entityId);
CREATE INDEX mention_day_day IF NOT EXISTS FOR (r:MentionDay) ON (r.day);
// A graph written before: every mention takes its article's day and source, and the roll-ups are counted afresh.
MATCH (r:MentionDay) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Article)-[m:MENTIONS]->(:Entity)
CALL (a, m) {
  SET m.day = CASE WHEN a.publishedAt IS NULL THEN date('1000-01-01') ELSE date(datetime(a.publishedAt)) END,
      m.source = coalesce(a.source, '')
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Article)-[m:MENTIONS]->(n:Entity)
WITH n.id AS entityId, m.day AS day, m.source AS source, count(*) AS articles, sum(m.count) AS mentions
CALL (entityId, day, source, articles, mentions) {
  CREATE (:MentionDay {entityId: entityId, day: day, source: source, articles: articles, mentions: mentions})
} IN TRANSACTIONS OF 10000 ROWS;
