// The peer: the same graph served by @neo4j/graphql (the API it generates from typeDefs.graphql) on
// graphql-yoga, set up for production as the library's docs describe: driver passed to the constructor,
// no debug, read-only (no generated mutations), @limit on every type, deprecated fields left out,
// the library's complexity estimators with a complexity limit, a depth limit, no introspection, no GraphiQL.
//
// Environment: NEO4J_URI (bolt://127.0.0.1:7687), PORT (4000), PEER_MAX_DEPTH (10), PEER_MAX_COMPLEXITY (20000).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { createRequire } from "node:module";

// graphql ships a CommonJS and an ES module build; @neo4j/graphql builds its schema with the CommonJS
// one, so everything here loads the CommonJS builds too (one graphql instance, or instanceof checks fail).
const require = createRequire(import.meta.url);
const { Neo4jGraphQL } = require("@neo4j/graphql");
const { GraphQLError, Kind, NoSchemaIntrospectionCustomRule } = require("graphql");
const { createComplexityRule, fieldExtensionsEstimator, simpleEstimator } = require("graphql-query-complexity");
const { createYoga } = require("graphql-yoga");
const neo4j = require("neo4j-driver");

const here = path.dirname(fileURLToPath(import.meta.url));
const typeDefs = fs.readFileSync(path.join(here, "typeDefs.graphql"), "utf8");
const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const maxDepth = Number(process.env.PEER_MAX_DEPTH ?? 10);
const maxComplexity = Number(process.env.PEER_MAX_COMPLEXITY ?? 20000);

// Authentication is disabled on the bench's Neo4j; the credentials are ignored there.
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? "unused"));

const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    debug: false,
    features: {
        complexityEstimators: true,
        excludeDeprecatedFields: {
            mutationOperations: true,
            aggregationFilters: true,
            aggregationFiltersOutsideConnection: true,
            relationshipFilters: true,
            attributeFilters: true,
        },
    },
});
const schema = await neoSchema.getSchema();

/** Depth of the deepest selection (fields only), following fragments. */
function depthLimitRule(max) {
    return (context) => {
        const fragments = Object.create(null);
        for (const def of context.getDocument().definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
        }
        const depth = (selectionSet, seen) => {
            let deepest = 0;
            for (const sel of selectionSet?.selections ?? []) {
                if (sel.kind === Kind.FIELD) {
                    deepest = Math.max(deepest, sel.selectionSet ? 1 + depth(sel.selectionSet, seen) : 1);
                } else if (sel.kind === Kind.INLINE_FRAGMENT) {
                    deepest = Math.max(deepest, depth(sel.selectionSet, seen));
                } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value) && fragments[sel.name.value]) {
                    deepest = Math.max(deepest, depth(fragments[sel.name.value].selectionSet, new Set([...seen, sel.name.value])));
                }
            }
            return deepest;
        };
        return {
            OperationDefinition(op) {
                const d = depth(op.selectionSet, new Set());
                if (d > max) context.reportError(new GraphQLError(`Query depth ${d} exceeds the maximum of ${max}`));
            },
        };
    };
}

const limits = {
    onValidate({ addValidationRule, context }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
        addValidationRule(depthLimitRule(maxDepth));
        addValidationRule(createComplexityRule({
            maximumComplexity: maxComplexity,
            variables: context?.params?.variables ?? {},
            operationName: context?.params?.operationName,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
        }));
    },
};

const yoga = createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    maskedErrors: true,
    logging: "warn",
    plugins: [limits],
});

const server = http.createServer(yoga);
server.keepAliveTimeout = 65000;
server.listen(port, "127.0.0.1", () => {
    console.log(`peer listening on http://127.0.0.1:${port}/graphql (Neo4j ${uri})`);
});

let closing = false;
async function shutdown() {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections?.();
    await driver.close().catch(() => {});
    process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
