package dev.newsgraph.api;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives every field SmallRye serves from a plain getter a {@link PlainFieldFetcher} in front of SmallRye's
 * fetcher, through SmallRye's eventing SPI. Resolvers of our own ({@code @Query}, {@code @Source}) keep
 * SmallRye's fetchers: they need its context.
 */
public class PlainFieldInstaller implements EventingService {

    private static final Logger LOG = Logger.getLogger(PlainFieldInstaller.class);

    /** SmallRye loads an eventing service only while this key is true. */
    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.plain-fields.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder faster = GraphQLCodeRegistry.newCodeRegistry(registry);
        int replaced = 0;
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates at = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(at, field);
                    if (fetcher instanceof FieldDataFetcher<?>) {
                        faster.dataFetcher(at, new PlainFieldFetcher(field.getName(), fetcher));
                        replaced++;
                    }
                }
            }
        }
        LOG.debugf("%d fields read straight from their getters when their values need no conversion", replaced);
        GraphQLCodeRegistry codeRegistry = faster.build();
        return builder.schema(schema.transformWithoutTypes(s -> s.codeRegistry(codeRegistry)));
    }
}
