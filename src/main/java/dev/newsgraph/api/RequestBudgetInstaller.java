package dev.newsgraph.api;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts {@link RequestBudgetInstrumentation} into the GraphQL engine SmallRye builds, through SmallRye's
 * eventing SPI (loaded by ServiceLoader, so no CDI event fires per field). The builder hands out nothing it
 * was given, so a throw-away engine built from it reads back SmallRye's instrumentation, and the budget goes
 * in front of it. SmallRye's chain must stay: it holds the query cache that fills on validation, and
 * SmallRye reads every request's document through that same cache before execution (a cache of our own
 * left SmallRye's empty, and every request was parsed once more). SmallRye's depth and complexity
 * instrumentations are deliberately not configured: they expand fragments 2^N times before anything could
 * stop them; the budget counts depth and fields instead.
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
        GraphQL smallRye = builder.build();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new RequestBudgetInstrumentation(new RequestBudget(limits)), smallRye.getInstrumentation())));
    }
}
