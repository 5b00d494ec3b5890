package dev.newsgraph.api;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts {@link RequestBudgetInstrumentation} into the GraphQL engine SmallRye builds, through SmallRye's
 * eventing SPI (loaded by ServiceLoader, so no CDI event fires per field). The builder does not hand out
 * SmallRye's instrumentation, so this sets the whole chain: the budget, then a query cache in place of
 * SmallRye's own. SmallRye's depth and complexity instrumentations are deliberately not configured: they
 * expand fragments 2^N times before anything could stop them; the budget counts depth and fields instead.
 */
public class RequestBudgetInstaller implements EventingService {

    /** SmallRye loads an eventing service only while this key is true. */
    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.limits.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        RequestLimits limits = RequestLimits.from(ConfigProvider.getConfig());
        QueryCache cache = new QueryCache();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new RequestBudgetInstrumentation(new RequestBudget(limits)), cache)))
                .preparsedDocumentProvider(cache);
    }
}
