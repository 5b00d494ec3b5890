// Look-ups the API makes: entities by name and country code, articles by date and source,
// and the evidence of one fact or of one article.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code);
CREATE INDEX organization_acronym IF NOT EXISTS FOR (n:Organization) ON (n.acronym);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.factKey);
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.articleId);
